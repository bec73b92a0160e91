import type { RunOutcome } from "@/lib/runtime/client";
import { exitStatus } from "@/lib/runtime/exit-status";

/**
 * One short sentence for screen readers (a polite live region) once a run's replay ended: the
 * output log itself is not announced line by line.
 */
export function runSummary(outcome: RunOutcome | null, preempted: boolean): string {
  if (preempted) return "Stopped because another example started running.";
  if (!outcome) return "";
  switch (outcome.status) {
    case "finished": {
      const { error, limit, elapsed } = outcome.result;
      const seconds = `${elapsed.toFixed(1)} s`;
      const status = exitStatus(error);
      if (status !== null) return `Exited with status ${status} after ${seconds}.`;
      if (error) {
        const where = error.line !== null ? ` on line ${error.line}` : "";
        return `Ended with ${error.type}${where} after ${seconds}.`;
      }
      if (limit) return `Stopped after ${seconds}: ${limit.kind} limit.`;
      return `Finished in ${seconds}.`;
    }
    case "stopped":
      return "Stopped by you.";
    case "crashed":
      return "Python crashed and was restarted.";
    case "failed":
      return "Python could not run the program.";
  }
}
