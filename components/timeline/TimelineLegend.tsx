import { BLOCKED, READY, RUNNING, WAITING } from "./palette";

const swatch = "inline-block h-3 w-6 rounded-[3px] align-[-2px]";

/** What the marks mean; each state has its own pattern, not only its own colour. */
export function TimelineLegend() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-[11px] text-zinc-600 dark:text-zinc-400">
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={swatch} style={RUNNING} />
        running
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={swatch} style={WAITING} />
        waiting (on what it awaits)
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={swatch} style={READY} />
        ready, not running
      </li>
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className={swatch} style={BLOCKED} />
        blocked in time.sleep
      </li>
      <li className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="inline-block size-2 rounded-full bg-zinc-800 dark:bg-zinc-100"
        />
        print
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" width="22" height="8" className="overflow-visible">
          <line
            x1="0"
            y1="4"
            x2="18"
            y2="4"
            strokeWidth="1.25"
            style={{ stroke: "var(--tl-link)" }}
          />
          <circle cx="19" cy="4" r="2.5" style={{ fill: "var(--tl-link)" }} />
        </svg>
        created
      </li>
      <li className="flex items-center gap-1.5">
        <svg aria-hidden="true" width="22" height="8" className="overflow-visible">
          <line
            x1="0"
            y1="4"
            x2="16"
            y2="4"
            strokeWidth="1.25"
            strokeDasharray="3 2"
            style={{ stroke: "var(--tl-wake)" }}
          />
          <path d="M16,1 L22,4 L16,7 z" style={{ fill: "var(--tl-wake)" }} />
        </svg>
        result woke
      </li>
      <li>✓ returned · ✗ raised · ⊘ cancelled · ■ stopped by you</li>
    </ul>
  );
}
