import { highlight } from "@/lib/content/highlight";
import { getLessons, readExample } from "@/lib/content/lessons";
import { encodeShareFragment } from "@/lib/share/link";
import { LiveExample } from "./LiveExample";

interface Props {
  /** The lesson's folder, bound by the MDX registry. */
  dir: string;
  file: string;
  title?: string;
}

/**
 * `<Example file="x.py" />` in a lesson: reads the program at build time and highlights it. The
 * highlighted code is the first paint; the live editor and Run come after hydration.
 */
export async function Example({ dir, file, title }: Props) {
  const code = readExample(dir, file).replace(/\n$/, "");
  const html = await highlight(code, "python");
  const slug = getLessons().find((lesson) => lesson.dir === dir)?.slug ?? dir;
  return (
    <LiveExample
      code={code}
      html={html}
      playgroundHref={`/playground/${encodeShareFragment(code)}`}
      file={file}
      title={title}
      lessonSlug={slug}
    />
  );
}
