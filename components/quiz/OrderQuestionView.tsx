"use client";

import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { canAskForAnswer } from "@/lib/quiz/attempt";
import {
  checkOrder,
  initialOrder,
  moveItem,
  outputLines,
  type OrderVerdict,
} from "@/lib/quiz/check";
import type { OrderQuestion } from "@/lib/quiz/schema";
import type { QuestionRef } from "@/lib/progress/store";
import { Feedback, RevealedNote } from "./Feedback";
import { useAttempt } from "./useAttempt";
import { InlineText } from "./InlineText";
import { lineClass, moveButton, primaryButton } from "./styles";
import { runLabel, useProgramRun } from "./useProgramRun";

interface Props {
  question: OrderQuestion;
  code: string;
  questionRef: QuestionRef;
  labelledBy: string;
}

/**
 * Predict the output: the reader orders the lines (drag, the arrow buttons, or Alt+↑/↓ on a line),
 * then the program runs. A first miss says how many lines are in place; which ones, and what the
 * program printed, are the answer, shown after a second miss or when asked for.
 */
export function OrderQuestionView({ question, code, questionRef, labelledBy }: Props) {
  const initial = useMemo(() => initialOrder(question), [question]);
  const { attempt, record, showAnswer } = useAttempt(questionRef);
  const [order, setOrder] = useState(initial);
  const [verdict, setVerdict] = useState<OrderVerdict | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const dragged = useRef<number | null>(null);
  const rows = useRef<(HTMLLIElement | null)[]>([]);
  const program = useProgramRun(question.file.split("/").pop() ?? "quiz.py");

  const move = (from: number, to: number, focus = false) => {
    if (to < 0 || to >= order.length || from === to) return;
    const next = moveItem(order, from, to);
    setOrder(next);
    setVerdict(null);
    const line = question.lines[order[from]!];
    setAnnouncement(`"${line}" moved to position ${to + 1} of ${order.length}.`);
    if (focus) requestAnimationFrame(() => rows.current[to]?.focus());
  };

  const onKey = (event: KeyboardEvent, position: number) => {
    if (!event.altKey || (event.key !== "ArrowUp" && event.key !== "ArrowDown")) return;
    event.preventDefault();
    move(position, position + (event.key === "ArrowUp" ? -1 : 1), true);
  };

  const check = async () => {
    setFailure(null);
    const outcome = await program.run(code);
    if ("failure" in outcome) {
      setFailure(outcome.failure);
      return;
    }
    const answer = order.map((index) => question.lines[index]!);
    const result = checkOrder(answer, outputLines(outcome.result.stdout));
    setVerdict(result);
    record(result.correct);
  };

  const marked = verdict !== null && (verdict.correct || attempt.revealed);

  return (
    <div>
      <p id={`${labelledBy}-how`} className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        Drag the lines, or focus one and press Alt+↑ / Alt+↓ (or use its arrow buttons).
      </p>
      <ol
        className="grid grid-cols-[minmax(0,1fr)] gap-1.5"
        aria-labelledby={`${labelledBy} ${labelledBy}-how`}
      >
        {order.map((lineIndex, position) => {
          const line = question.lines[lineIndex]!;
          const mark = marked ? verdict.positions[position] : undefined;
          return (
            <li
              key={lineIndex}
              ref={(element) => {
                rows.current[position] = element;
              }}
              tabIndex={0}
              draggable
              aria-label={`${position + 1}. ${line}`}
              aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
              data-line={line}
              onKeyDown={(event) => onKey(event, position)}
              onDragStart={(event) => {
                dragged.current = position;
                event.dataTransfer.effectAllowed = "move";
                event.dataTransfer.setData("text/plain", line);
              }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => {
                event.preventDefault();
                if (dragged.current !== null) move(dragged.current, position);
                dragged.current = null;
              }}
              className={lineClass(mark)}
            >
              <span aria-hidden="true" className="text-zinc-400 select-none dark:text-zinc-500">
                ⋮⋮
              </span>
              <span className="w-5 shrink-0 text-right font-mono text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                {position + 1}
              </span>
              <code className="min-w-0 flex-1 rounded-none! bg-transparent! p-0! font-mono font-normal! text-[0.8125rem] break-words whitespace-pre-wrap">
                {line}
              </code>
              {mark !== undefined ? (
                <span
                  className={`text-xs font-semibold ${mark ? "text-emerald-700 dark:text-emerald-400" : "text-rose-700 dark:text-rose-400"}`}
                >
                  {mark ? "✓ right" : "✗ wrong"}
                </span>
              ) : null}
              <span className="flex shrink-0 gap-1">
                <button
                  type="button"
                  className={moveButton}
                  aria-label={`Move "${line}" up`}
                  disabled={position === 0}
                  onClick={() => move(position, position - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className={moveButton}
                  aria-label={`Move "${line}" down`}
                  disabled={position === order.length - 1}
                  onClick={() => move(position, position + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <button
        type="button"
        className={`${primaryButton} mt-4`}
        disabled={program.state !== "idle"}
        onClick={() => void check()}
      >
        {runLabel(program.progress, program.state, "Run it and check")}
      </button>
      {failure ? <p className="mt-3 text-sm text-rose-700 dark:text-rose-400">{failure}</p> : null}
      {verdict?.correct ? (
        <Feedback verdict={attempt.revealed ? "revealed" : "correct"}>
          <p>That is exactly the order the program printed.</p>
          {attempt.revealed ? <RevealedNote /> : null}
        </Feedback>
      ) : verdict && attempt.revealed ? (
        <Feedback verdict="revealed">
          <p>
            {verdict.positions.filter(Boolean).length} of {verdict.positions.length} lines were in
            the right place (marked above). The program printed:
          </p>
          <pre className="mt-2 overflow-x-auto rounded bg-white/70 p-2 font-mono text-xs dark:bg-black/30">
            {verdict.actual.join("\n")}
          </pre>
          <RevealedNote />
        </Feedback>
      ) : verdict ? (
        <Feedback verdict="wrong" onShowAnswer={canAskForAnswer(attempt) ? showAnswer : undefined}>
          <p>
            {verdict.positions.filter(Boolean).length} of {verdict.positions.length} lines are in
            the right place. Reorder the lines and check again.
          </p>
          <p>
            <strong>Hint:</strong> <InlineText text={question.hint} />
          </p>
        </Feedback>
      ) : null}
    </div>
  );
}
