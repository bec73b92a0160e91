import type { OutputPart } from "@/lib/runtime/trace";

export interface Segment {
  stream: OutputPart["stream"];
  /** Index into `parts` of the segment's first part. */
  start: number;
  /** One past its last part. */
  end: number;
}

/** Consecutive parts of one stream form a segment. */
export function toSegments(parts: OutputPart[]): Segment[] {
  const segments: Segment[] = [];
  parts.forEach((part, index) => {
    const last = segments.at(-1);
    if (last && last.stream === part.stream) last.end = index + 1;
    else segments.push({ stream: part.stream, start: index, end: index + 1 });
  });
  return segments;
}

/** A segment's text in one string (the flood path: one text node). */
export function segmentText(parts: OutputPart[], segment: Segment): string {
  let text = "";
  for (let index = segment.start; index < segment.end; index++) text += parts[index]!.text;
  return text;
}
