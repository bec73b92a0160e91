import { readString, remove, storageKey, writeString } from "@/lib/storage/local";

/** Where progress is kept. The version in the data (not the key) lets a later format migrate. */
export const PROGRESS_KEY = storageKey("progress");

export interface Progress {
  version: 1;
  lessons: Record<string, { visitedAt: number; completedAt: number | null }>;
  /** Question id → whether the reader's last answer was right. */
  quiz: Record<string, { correct: boolean; at: number }>;
  /** Exercise id ("lesson-slug/exercise-name") → when it was first solved. */
  exercises: Record<string, { solvedAt: number }>;
  /** Slug of the lesson visited last: "continue where you left off". */
  lastLesson: string | null;
}

// Checked by hand, not with zod: this module is in every lesson page's first JavaScript, and for
// a schema this small Turbopack would ship all of zod (31 KB gzipped; zod/mini's core still 23 KB).
type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isTimestamp = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
const isMapOf = (value: unknown, valid: (entry: Entry) => boolean): boolean =>
  isEntry(value) && Object.values(value).every((entry) => isEntry(entry) && valid(entry));

function isProgress(value: unknown): value is Progress {
  return (
    isEntry(value) &&
    value.version === 1 &&
    isMapOf(
      value.lessons,
      (e) => isTimestamp(e.visitedAt) && (e.completedAt === null || isTimestamp(e.completedAt)),
    ) &&
    isMapOf(value.quiz, (e) => typeof e.correct === "boolean" && isTimestamp(e.at)) &&
    isMapOf(value.exercises, (e) => isTimestamp(e.solvedAt)) &&
    (value.lastLesson === null || typeof value.lastLesson === "string")
  );
}

export function emptyProgress(): Progress {
  return { version: 1, lessons: {}, quiz: {}, exercises: {}, lastLesson: null };
}

/** Whatever is stored: corrupt, old or foreign data reads as no progress, never as an error. */
export function parseProgress(text: string | null): Progress {
  if (text === null) return emptyProgress();
  try {
    const data: unknown = JSON.parse(text);
    if (!isProgress(data)) return emptyProgress();
    const { lessons, quiz, exercises, lastLesson } = data;
    return { version: 1, lessons, quiz, exercises, lastLesson };
  } catch {
    return emptyProgress();
  }
}

/** What a lesson asks of the reader before it counts as completed. */
export interface LessonRequirements {
  questions: string[];
  exercises: string[];
}

export function isLessonDone(progress: Progress, needs: LessonRequirements): boolean {
  return (
    needs.questions.every((id) => progress.quiz[id]?.correct === true) &&
    needs.exercises.every((id) => progress.exercises[id] !== undefined)
  );
}

type Listener = () => void;

/**
 * The reader's progress, kept in localStorage. Reads are cached so React's `useSyncExternalStore`
 * sees a stable snapshot; another tab's changes arrive through the `storage` event.
 */
export class ProgressStore {
  private snapshot: Progress | null = null;
  private readonly listeners = new Set<Listener>();
  private detach: (() => void) | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  get(): Progress {
    this.snapshot ??= parseProgress(readString(PROGRESS_KEY));
    return this.snapshot;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    if (!this.detach && typeof window !== "undefined") {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== null && event.key !== PROGRESS_KEY) return;
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

  private update(change: (draft: Progress) => Progress): void {
    const next = change(this.get());
    if (next === this.snapshot) return;
    this.snapshot = next;
    writeString(PROGRESS_KEY, JSON.stringify(next));
    this.emit();
  }

  private emit(): void {
    for (const listener of [...this.listeners]) listener();
  }

  visitLesson(slug: string): void {
    this.update((p) => ({
      ...p,
      lastLesson: slug,
      lessons: {
        ...p.lessons,
        [slug]: { visitedAt: this.now(), completedAt: p.lessons[slug]?.completedAt ?? null },
      },
    }));
  }

  /** Marks the lesson completed once its questions and exercises are all done. */
  completeLessonIfDone(slug: string, needs: LessonRequirements): void {
    const p = this.get();
    if (p.lessons[slug]?.completedAt || !isLessonDone(p, needs)) return;
    this.update((q) => ({
      ...q,
      lessons: {
        ...q.lessons,
        [slug]: { visitedAt: q.lessons[slug]?.visitedAt ?? this.now(), completedAt: this.now() },
      },
    }));
  }

  answerQuestion(id: string, correct: boolean): void {
    this.update((p) =>
      p.quiz[id]?.correct === correct
        ? p
        : { ...p, quiz: { ...p.quiz, [id]: { correct, at: this.now() } } },
    );
  }

  solveExercise(id: string): void {
    this.update((p) =>
      p.exercises[id] ? p : { ...p, exercises: { ...p.exercises, [id]: { solvedAt: this.now() } } },
    );
  }

  reset(): void {
    remove(PROGRESS_KEY);
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
