/** Three task lanes that run and wait in turn: the course's timeline, as a mark. */
export function Logo({ className = "size-6" }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className={className}>
      <rect
        x="2"
        y="4"
        width="9"
        height="4"
        rx="2"
        className="fill-indigo-600 dark:fill-indigo-400"
      />
      <rect x="9" y="10" width="7" height="4" rx="2" className="fill-teal-600 dark:fill-teal-400" />
      <rect
        x="14"
        y="16"
        width="8"
        height="4"
        rx="2"
        className="fill-amber-500 dark:fill-amber-400"
      />
    </svg>
  );
}
