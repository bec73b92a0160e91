import type { MDXComponents } from "mdx/types";
import { Example } from "@/components/example/Example";
import { Exercise } from "@/components/exercise/Exercise";
import { Quiz } from "@/components/quiz/Quiz";
import { Callout } from "./Callout";
import { CodeBlock } from "./CodeBlock";

interface ExampleProps {
  file: string;
  title?: string;
  /** The prose asks the reader to predict what it prints: the recorded run stays folded. */
  predict?: boolean;
}

/**
 * The tags a lesson may use without importing them. `Example`, `Quiz` and `Exercise` are bound to
 * the lesson's folder so that `<Example file="gather.py" />` finds the program next to the lesson,
 * `<Quiz />` its quiz.json and `<Exercise name="x" />` its exercises/x/ folder.
 */
export function lessonComponents(lessonDir: string): MDXComponents {
  return {
    Example: ({ file, title, predict }: ExampleProps) => (
      <Example dir={lessonDir} file={file} title={title} predict={predict} />
    ),
    Quiz: () => <Quiz dir={lessonDir} />,
    Exercise: ({ name }: { name: string }) => <Exercise dir={lessonDir} name={name} />,
    Callout,
    pre: CodeBlock,
  };
}
