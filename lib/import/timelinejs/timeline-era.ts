import { slugify } from "@/lib/schemas/slugify";
import { htmlToPlainText } from "../html-to-markdown";
import type { CellError } from "../import-row";
import type { TimelineDateRead } from "./timelinejs-date";
import type { TimelineEra } from "./timeline-slide";

/** An era is a labelled span drawn behind the events, not an event: its dates are kept without times. */
export function readEra(
  line: number,
  dates: { start: TimelineDateRead | null; end: TimelineDateRead | null },
  headline: string,
  columns: { start: string },
): { era: TimelineEra; errors: CellError[] } {
  const errors: CellError[] = [];
  for (const read of [dates.start, dates.end]) {
    if (read && !read.ok) errors.push(...read.errors.map((problem) => ({ line, ...problem })));
  }
  if (!dates.start) errors.push({ line, column: columns.start, message: "The era has no start date." });
  const era: TimelineEra = {
    line,
    start: dates.start?.ok ? dates.start.date : null,
    end: dates.end?.ok ? dates.end.date : null,
    headline: htmlToPlainText(headline),
  };
  return { era, errors };
}

/** A lane (TimelineJS's group) as the topic a later step may offer to match or create. */
export function suggestTopicForLane(lane: string): { name: string; slug: string } {
  return { name: lane.trim(), slug: slugify(lane) };
}
