interface Segment {
  start: number;
  end: number;
  kind: "run" | "wait";
}

// Three tasks that each run briefly, then await I/O; start/end are percentages of the track.
const lanes: { name: string; colour: string; segments: Segment[] }[] = [
  {
    name: "fetch(a)",
    colour: "bg-indigo-500 dark:bg-indigo-400",
    segments: [
      { start: 0, end: 8, kind: "run" },
      { start: 8, end: 52, kind: "wait" },
      { start: 52, end: 60, kind: "run" },
    ],
  },
  {
    name: "fetch(b)",
    colour: "bg-teal-500 dark:bg-teal-400",
    segments: [
      { start: 8, end: 16, kind: "run" },
      { start: 16, end: 76, kind: "wait" },
      { start: 76, end: 84, kind: "run" },
    ],
  },
  {
    name: "fetch(c)",
    colour: "bg-amber-500 dark:bg-amber-400",
    segments: [
      { start: 16, end: 24, kind: "run" },
      { start: 24, end: 36, kind: "wait" },
      { start: 36, end: 44, kind: "run" },
    ],
  },
];

/**
 * A drawing of the kind of timeline the examples produce, for the home page. Decorative detail is
 * hidden from assistive technology; the caption says what it shows.
 */
export function TimelineSketch() {
  return (
    <figure className="rounded-2xl border border-zinc-200 bg-white p-5 shadow-sm sm:p-6 dark:border-zinc-800 dark:bg-zinc-900/60 dark:shadow-none">
      <div aria-hidden="true" className="grid gap-3">
        {lanes.map((lane) => (
          <div key={lane.name} className="grid grid-cols-[4.5rem_1fr] items-center gap-3">
            <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{lane.name}</span>
            <div className="relative h-5 rounded-md bg-zinc-100 dark:bg-zinc-800/70">
              {lane.segments.map((segment) => (
                <span
                  key={segment.start}
                  className={`absolute inset-y-0 rounded-md ${
                    segment.kind === "run"
                      ? lane.colour
                      : "timeline-wait border border-zinc-300 dark:border-zinc-600"
                  }`}
                  style={{ left: `${segment.start}%`, width: `${segment.end - segment.start}%` }}
                />
              ))}
            </div>
          </div>
        ))}
        <div className="grid grid-cols-[4.5rem_1fr] gap-3">
          <span />
          <div className="flex justify-between font-mono text-[0.6875rem] text-zinc-500 dark:text-zinc-400">
            <span>0 s</span>
            <span>1 s</span>
            <span>2 s</span>
          </div>
        </div>
      </div>
      <figcaption className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
        <span className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="h-3 w-5 rounded-sm bg-indigo-500 dark:bg-indigo-400"
          />
          running
        </span>
        <span className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="timeline-wait h-3 w-5 rounded-sm border border-zinc-300 dark:border-zinc-600"
          />
          waiting
        </span>
        <span className="basis-full">
          Three tasks on one thread: while one waits, the others run.
        </span>
      </figcaption>
    </figure>
  );
}
