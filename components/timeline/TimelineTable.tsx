"use client";

import { useState } from "react";
import { formatMoment, type TimelineLayout } from "@/lib/timeline";
import { STATE_NAMES } from "./describe";

interface Props {
  layout: TimelineLayout;
  /** Accessible name of the table. */
  name: string;
  /** Rows shown before "Show all"; a 1,000-task run has thousands. */
  limit?: number;
}

/** The timeline as text: one row per segment of each task, and one for how it ended. */
export function TimelineTable({ layout, name, limit = 400 }: Props) {
  const [all, setAll] = useState(false);
  const rows = all ? layout.rows : layout.rows.slice(0, limit);
  const at = (t: number) => formatMoment(t, layout.total);
  return (
    <div className="max-h-[28rem] overflow-auto [contain:inline-size]">
      <table aria-label={name} className="w-full border-collapse text-left text-xs">
        <thead className="sticky top-0 bg-zinc-50 text-zinc-700 dark:bg-zinc-900 dark:text-zinc-300">
          <tr>
            {["Task", "State", "From", "To", "Awaiting", "Line"].map((h) => (
              <th
                key={h}
                scope="col"
                className={`px-2 py-1.5 font-semibold whitespace-nowrap ${
                  h === "From" || h === "To" || h === "Line" ? "text-right" : ""
                }`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="font-mono text-zinc-800 dark:text-zinc-200">
          {rows.map((row, i) => (
            <tr
              key={i}
              className="border-t border-zinc-100 dark:border-zinc-800"
              data-state={row.state}
            >
              <td className="px-2 py-1 whitespace-nowrap">{row.task}</td>
              <td className="px-2 py-1 font-sans whitespace-nowrap">{STATE_NAMES[row.state]}</td>
              <td className="px-2 py-1 text-right whitespace-nowrap tabular-nums">
                {at(row.from)}
              </td>
              <td className="px-2 py-1 text-right whitespace-nowrap tabular-nums">{at(row.to)}</td>
              <td className="px-2 py-1">
                {row.state === "ready" && row.awaiting === "start"
                  ? "(not started yet)"
                  : row.awaiting}
              </td>
              <td className="px-2 py-1 text-right tabular-nums">{row.line ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length < layout.rows.length ? (
        <button
          type="button"
          onClick={() => setAll(true)}
          className="m-2 rounded-md border border-zinc-300 px-2.5 py-1 text-xs font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          Show all {layout.rows.length.toLocaleString("en-US")} rows
        </button>
      ) : null}
    </div>
  );
}
