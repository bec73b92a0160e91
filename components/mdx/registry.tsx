import type { MDXComponents } from "mdx/types";
import { Example } from "@/components/example/Example";
import { Callout } from "./Callout";
import { CodeBlock } from "./CodeBlock";

interface ExampleProps {
  file: string;
  title?: string;
}

/**
 * The tags a lesson may use without importing them. `Example` is bound to the lesson's folder
 * so that `<Example file="gather.py" />` finds the program next to the lesson.
 */
export function lessonComponents(lessonDir: string): MDXComponents {
  return {
    Example: ({ file, title }: ExampleProps) => (
      <Example dir={lessonDir} file={file} title={title} />
    ),
    Callout,
    pre: CodeBlock,
  };
}
