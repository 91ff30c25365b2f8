import { z } from "zod";
import { formatPartialDateLabel, SEASONS, type PartialDate } from "@/lib/dates/partial-date";
import type { EraSummary, TitleSlide } from "./timeline-extras";

const number = z.number().int();
const boundSchema = z.discriminatedUnion("precision", [
  z.object({ precision: z.literal("minute"), year: number, month: number, day: number, hour: number, minute: number }),
  z.object({ precision: z.literal("day"), year: number, month: number, day: number }),
  z.object({ precision: z.literal("month"), year: number, month: number }),
  z.object({ precision: z.literal("quarter"), year: number, quarter: number }),
  z.object({ precision: z.literal("season"), year: number, season: z.enum(SEASONS) }),
  z.object({ precision: z.literal("year"), year: number }),
]) satisfies z.ZodType<PartialDate>;

/** What commitImport keeps of a TimelineJS file besides its events; read leniently, as it is stored JSON. */
const detailsSchema = z.object({
  title: z.object({ headline: z.string().catch(""), text: z.string().catch("") }).nullable().catch(null),
  eras: z
    .array(z.object({ line: number.catch(0), headline: z.string().catch(""), start: boundSchema.nullable().catch(null), end: boundSchema.nullable().catch(null) }))
    .catch([]),
});

/** A batch's title slide and eras, when its `details` hold them; nothing for any other import. */
export function readBatchDetails(details: unknown): { title: TitleSlide | null; eras: EraSummary[] } {
  const parsed = detailsSchema.safeParse(details);
  if (!parsed.success) return { title: null, eras: [] };
  return {
    title: parsed.data.title,
    eras: parsed.data.eras.map((era, index) => ({
      line: era.line || index + 1,
      headline: era.headline,
      label: [era.start, era.end].flatMap((bound) => (bound ? [formatPartialDateLabel(bound)] : [])).join(" – "),
    })),
  };
}
