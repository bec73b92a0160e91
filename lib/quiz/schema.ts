import { z } from "zod";

/** Stable id used as the progress key; unique within the course. */
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "id must be lower-case words joined by hyphens");
/** A program in the lesson folder (e.g. "quiz/order.py"), run by the engine when the reader checks. */
const programFile = z
  .string()
  .regex(/^(?:[a-z0-9_]+\/)?[a-z0-9_]+\.py$/, 'file must look like "name.py" or "quiz/name.py"');
const prompt = z.string().trim().min(1, "prompt must not be empty");
/** Shown after a first wrong try, before the answer is revealed: points the way, never the answer. */
const hint = z
  .string({ error: "every question needs a hint" })
  .trim()
  .min(1, "every question needs a hint");

export const ChoiceSchema = z.strictObject({
  text: z.string().trim().min(1),
  correct: z.boolean(),
  /** Shown after answering: why this choice is right or wrong. */
  explain: z.string().trim().min(1, "every choice needs an explanation"),
});

export const ChoiceQuestionSchema = z
  .strictObject({
    kind: z.literal("choice"),
    id,
    prompt,
    hint,
    /** Optional program shown above the choices (not run). */
    file: programFile.optional(),
    choices: z.array(ChoiceSchema).min(2, "a choice question needs at least 2 choices"),
  })
  .refine((q) => q.choices.some((c) => c.correct), "at least one choice must be correct");

export const OrderQuestionSchema = z.strictObject({
  kind: z.literal("order"),
  id,
  prompt,
  hint,
  file: programFile,
  /** The program's output lines in the order it prints them (the page shows them shuffled, never in
   * this order). The content test checks them against the engine's run of the program. */
  lines: z.array(z.string()).min(2, "an order question needs at least 2 lines"),
});

export const DurationQuestionSchema = z
  .strictObject({
    kind: z.literal("duration"),
    id,
    prompt,
    hint,
    file: programFile,
    /** Candidate answers in virtual seconds. Which one is right is decided by running the program. */
    options: z
      .array(z.number().nonnegative())
      .min(2, "a duration question needs at least 2 options"),
  })
  .refine((q) => new Set(q.options).size === q.options.length, "options must be different");

export const QuestionSchema = z.discriminatedUnion("kind", [
  ChoiceQuestionSchema,
  OrderQuestionSchema,
  DurationQuestionSchema,
]);

export const QuizSchema = z
  .strictObject({
    title: z.string().trim().min(1).optional(),
    questions: z.array(QuestionSchema).min(3, "a quiz needs at least 3 questions"),
  })
  .refine(
    (quiz) => new Set(quiz.questions.map((q) => q.kind)).size >= 2,
    "a quiz needs questions of at least 2 kinds",
  )
  .refine(
    (quiz) => new Set(quiz.questions.map((q) => q.id)).size === quiz.questions.length,
    "question ids must be unique",
  );

export type Choice = z.infer<typeof ChoiceSchema>;
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>;
export type OrderQuestion = z.infer<typeof OrderQuestionSchema>;
export type DurationQuestion = z.infer<typeof DurationQuestionSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Quiz = z.infer<typeof QuizSchema>;

/** Parses quiz JSON text; the error message says what is wrong (the caller adds the file name). */
export function parseQuiz(text: string): Quiz {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`not valid JSON: ${(error as Error).message}`);
  }
  const parsed = QuizSchema.safeParse(raw);
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}
