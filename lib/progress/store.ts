import { readString, remove, writeString } from "@/lib/storage/local";
import {
  isLessonDone,
  questionState,
  type LessonRequirements,
  type QuestionRef,
} from "./completion";
import { emptyProgress, PROGRESS_KEYS, type Progress } from "./format";
import { mergeProgress } from "./merge";
import { readStored } from "./migrate";
import { parseImport, type ImportResult } from "./transfer";

export type { LessonRequirements, QuestionRef } from "./completion";
export { emptyProgress, type Progress } from "./format";

/**
 * Where this build's progress goes, and whether it is kept: `saved` normally; `beside-newer` when a
 * newer version of the course owns the main key (ours is kept beside it, theirs untouched);
 * `unsaved` when the browser refused to store it (private mode, full quota): the course still
 * works, for this visit only.
 */
export type SaveState = "saved" | "beside-newer" | "unsaved";

type Listener = () => void;

/**
 * The reader's progress, kept in localStorage. Every change is made to what storage holds at that
 * moment (not to a copy read earlier), so two tabs answering at once both keep their answers; the
 * other tab's changes arrive through the `storage` event. Reads are cached so React's
 * `useSyncExternalStore` sees a stable snapshot.
 */
export class ProgressStore {
  private snapshot: Progress | null = null;
  private saveState: SaveState = "saved";
  /** After a refused write, storage is not read again: the answers of this visit live here. */
  private memoryOnly = false;
  private readonly listeners = new Set<Listener>();
  private detach: (() => void) | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  get(): Progress {
    this.snapshot ??= this.memoryOnly ? emptyProgress() : this.read();
    return this.snapshot;
  }

  saving(): SaveState {
    this.get();
    return this.saveState;
  }

  /** What storage holds now: this build's progress with the version-1 entry's answers merged in. */
  private read(): Progress {
    const main = readStored(readString(PROGRESS_KEYS.current));
    let own = emptyProgress();
    if (main.kind === "newer") {
      this.saveState = "beside-newer";
      const beside = readStored(readString(PROGRESS_KEYS.beside));
      if (beside.kind === "ok") own = beside.progress;
    } else {
      if (this.saveState === "beside-newer") this.saveState = "saved";
      if (main.kind === "ok") own = main.progress;
      if (main.kind === "corrupt" && readString(PROGRESS_KEYS.backup) === null) {
        writeString(PROGRESS_KEYS.backup, readString(PROGRESS_KEYS.current) ?? "");
      }
    }
    const legacy = readStored(readString(PROGRESS_KEYS.legacy));
    return legacy.kind === "ok" ? mergeProgress(own, legacy.progress) : own;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.detach && typeof window !== "undefined") {
      const ours: (string | null)[] = [null, ...Object.values(PROGRESS_KEYS)];
      const onStorage = (event: StorageEvent) => {
        if (this.memoryOnly || !ours.includes(event.key)) return;
        this.snapshot = null;
        this.emit();
      };
      window.addEventListener("storage", onStorage);
      this.detach = () => window.removeEventListener("storage", onStorage);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        this.detach?.();
        this.detach = null;
      }
    };
  }

  private update(change: (current: Progress) => Progress): void {
    const base = this.memoryOnly ? this.get() : this.read();
    const next = change(base);
    if (next !== base) {
      const key = this.saveState === "beside-newer" ? PROGRESS_KEYS.beside : PROGRESS_KEYS.current;
      if (!this.memoryOnly && !writeString(key, JSON.stringify(next))) {
        this.memoryOnly = true;
        this.saveState = "unsaved";
      }
    }
    this.snapshot = next;
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  visitLesson(slug: string): void {
    this.update((p) => ({
      ...p,
      lessons: {
        ...p.lessons,
        [slug]: { visitedAt: this.now(), completedAt: p.lessons[slug]?.completedAt ?? null },
      },
    }));
  }

  /** Records when the lesson was first completed (completion itself is judged from answers). */
  completeLessonIfDone(slug: string, needs: LessonRequirements): void {
    const p = this.get();
    if (p.lessons[slug]?.completedAt || !isLessonDone(p, slug, needs)) return;
    this.update((q) =>
      q.lessons[slug]?.completedAt
        ? q
        : {
            ...q,
            lessons: {
              ...q.lessons,
              [slug]: {
                visitedAt: q.lessons[slug]?.visitedAt ?? this.now(),
                completedAt: this.now(),
              },
            },
          },
    );
  }

  /**
   * A checked answer. A right answer stays right (trying other choices afterwards costs nothing); an
   * answer the reader was shown stays "revealed" however it is answered afterwards.
   */
  answerQuestion(question: QuestionRef, correct: boolean): void {
    this.update((p) => {
      const state = questionState(p, question);
      if (state === "revealed" || state === "correct") return p;
      if (state === "wrong" && !correct) return p;
      const outcome = correct ? "correct" : "wrong";
      return {
        ...p,
        quiz: { ...p.quiz, [question.id]: { outcome, at: this.now(), hash: question.hash } },
      };
    });
  }

  /** The reader was shown the right answer: the question no longer counts until they start over. */
  revealAnswer(question: QuestionRef): void {
    this.update((p) =>
      questionState(p, question) === "correct" || questionState(p, question) === "revealed"
        ? p
        : {
            ...p,
            quiz: {
              ...p.quiz,
              [question.id]: { outcome: "revealed", at: this.now(), hash: question.hash },
            },
          },
    );
  }

  /** "Start the quiz over": the questions are unanswered again (a tombstone, so merges agree). */
  clearAnswers(questions: QuestionRef[]): void {
    this.update((p) => {
      const quiz = { ...p.quiz };
      for (const { id } of questions) {
        if (quiz[id]) quiz[id] = { outcome: "cleared", at: this.now(), hash: null };
      }
      return { ...p, quiz };
    });
  }

  solveExercise(id: string): void {
    this.update((p) =>
      p.exercises[id] ? p : { ...p, exercises: { ...p.exercises, [id]: { solvedAt: this.now() } } },
    );
  }

  /** A file the reader can keep, and load in another browser with `importText`. */
  exportText(): string {
    return JSON.stringify({ course: "asyncio-live", exportedAt: this.now(), progress: this.get() });
  }

  /** Merges an exported file into this browser's progress; a bad file changes nothing. */
  importText(text: string): ImportResult {
    const result = parseImport(text);
    if (result.ok) this.update((p) => mergeProgress(p, result.progress));
    return result;
  }

  /** Forgets everything, older-version data included (the reader asked for it). */
  reset(): void {
    for (const key of [PROGRESS_KEYS.current, PROGRESS_KEYS.beside, PROGRESS_KEYS.legacy]) {
      if (key === PROGRESS_KEYS.current && this.saveState === "beside-newer") continue;
      remove(key);
    }
    this.snapshot = emptyProgress();
    this.emit();
  }
}

let shared: ProgressStore | undefined;

/** The page's one store. */
export function getProgressStore(): ProgressStore {
  shared ??= new ProgressStore();
  return shared;
}
