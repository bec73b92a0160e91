import { highlight } from "@/lib/content/highlight";
import { readExample } from "@/lib/content/lessons";
import { StaticExample } from "./StaticExample";

interface Props {
  /** The lesson's folder, bound by the MDX registry. */
  dir: string;
  file: string;
  title?: string;
}

/** `<Example file="x.py" />` in a lesson: reads the program at build time and highlights it. */
export async function Example({ dir, file, title }: Props) {
  const code = readExample(dir, file);
  const html = await highlight(code, "python");
  return <StaticExample code={code} html={html} file={file} title={title} />;
}
