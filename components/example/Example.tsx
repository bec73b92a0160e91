import { highlight } from "@/lib/content/highlight";
import { getLessons, LESSONS_ROOT, readExample } from "@/lib/content/lessons";
import { lessonRecordingPath, readShownRecording } from "@/lib/recorded/load";
import { encodeShareFragment } from "@/lib/share/link";
import { LiveExample } from "./LiveExample";

interface Props {
  /** The lesson's folder, bound by the MDX registry. */
  dir: string;
  file: string;
  title?: string;
  /** The prose asks the reader to predict the output: its recording stays folded until asked. */
  predict?: boolean;
}

/**
 * `<Example file="x.py" />` in a lesson: reads the program and its recorded run at build time and
 * highlights it. The highlighted code and the recorded output and timeline are the first paint;
 * the live editor and Run come after hydration.
 */
export async function Example({ dir, file, title, predict = false }: Props) {
  const code = readExample(dir, file).replace(/\n$/, "");
  const html = await highlight(code, "python");
  const slug = getLessons().find((lesson) => lesson.dir === dir)?.slug ?? dir;
  const recorded = readShownRecording(lessonRecordingPath(LESSONS_ROOT, dir, file), code, {
    filename: file,
    topLevelAwait: false,
  });
  return (
    <LiveExample
      code={code}
      html={html}
      playgroundHref={`/playground/${encodeShareFragment(code)}`}
      file={file}
      title={title}
      lessonSlug={slug}
      recorded={recorded}
      predict={predict}
    />
  );
}
