import type { ReactNode } from "react";

const kinds = {
  note: { label: "Note", icon: <NoteIcon /> },
  tip: { label: "Tip", icon: <TipIcon /> },
  warning: { label: "Warning", icon: <WarningIcon /> },
} as const;

type Kind = keyof typeof kinds;

interface Props {
  kind?: Kind;
  title?: string;
  children: ReactNode;
}

/**
 * An aside in a lesson. Each kind has its own icon and written label as well as its colour, so
 * the difference does not rest on colour alone.
 */
export function Callout({ kind = "note", title, children }: Props) {
  const style = kinds[kind];
  if (!style) {
    // MDX props are not type-checked: fail the build on a typo rather than render a bare box.
    throw new Error(`<Callout kind="${String(kind)}">: kind must be note, tip or warning`);
  }
  return (
    <div role="note" className={`callout callout-${kind}`}>
      <p className="callout-heading">
        {style.icon}
        <span className="callout-label">{style.label}</span>
        {title ? <span className="callout-title">{title}</span> : null}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="callout-icon"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {children}
    </svg>
  );
}

function NoteIcon() {
  return (
    <Icon>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5M12 8h.01" />
    </Icon>
  );
}

function TipIcon() {
  return (
    <Icon>
      <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z" />
    </Icon>
  );
}

function WarningIcon() {
  return (
    <Icon>
      <path d="M10.3 3.9 2.4 17.5A2 2 0 0 0 4.1 20.5h15.8a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
      <path d="M12 9v4M12 17h.01" />
    </Icon>
  );
}
