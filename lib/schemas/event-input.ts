import { z } from "zod";
import { canonicalTimeZone } from "@/lib/dates/time-zone";
import {
  checkEventDate,
  hasTimeOfDay,
  END_PRECISIONS,
  parseBoundAtPrecision,
  START_PRECISIONS,
  toStoredEventDate,
  type EventDate,
  type StoredEventDate,
} from "@/lib/dates/event-date";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { EVENT_STATUSES, IMPORTANCE_MAX, IMPORTANCE_MIN, RELATION_TYPES } from "@/lib/domain/event-vocabulary";
import { requiredTextField, textField as text, tooLong, usableText } from "./text-field";

/**
 * THE event input: the admin form validates with it (zodResolver) and every mutation parses with it
 * again on the server. Issue paths are field paths ("start.value", "sources.0.url") so that errors
 * land next to the field they concern, in the form and in API responses alike.
 */

export const EVENT_LIMITS = {
  title: 200,
  slug: 200,
  summary: 1_000,
  body: 20_000,
  dateLabel: 100,
  dateValue: 40,
  sources: 50,
  relations: 50,
  links: 100,
  publisher: 200,
  sourceTitle: 300,
  url: 2_000,
  author: 200,
  quote: 2_000,
} as const;

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

export const startInputSchema = z
  .object({
    precision: z.enum(START_PRECISIONS, { error: "Choose how precisely the start is known." }),
    value: text("The start", EVENT_LIMITS.dateValue).default(""),
  })
  .superRefine((start, ctx) => {
    if (start.precision === "unknown") return;
    const parsed = parseBoundAtPrecision(start.value, start.precision);
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["value"], message: parsed.message });
  });

export const endInputSchema = z
  .object({
    precision: z.enum(END_PRECISIONS, { error: "Choose how precisely the end is known." }),
    value: text("The end", EVENT_LIMITS.dateValue).default(""),
  })
  .superRefine((end, ctx) => {
    if (end.precision === "none" || end.precision === "ongoing") return;
    const parsed = parseBoundAtPrecision(end.value, end.precision);
    if (!parsed.ok) ctx.addIssue({ code: "custom", path: ["value"], message: parsed.message });
  });

export const sourceInputSchema = z.object({
  publisher: requiredTextField("The publisher", EVENT_LIMITS.publisher, "Name the publisher."),
  title: text("The source title", EVENT_LIMITS.sourceTitle).default(""),
  url: text("The address", EVENT_LIMITS.url)
    .refine((url) => url === "" || isHttpUrl(url), "Enter a full web address starting with http:// or https://.")
    .default(""),
  publishedOn: text("The publication date", EVENT_LIMITS.dateValue)
    .superRefine((value, ctx) => {
      if (value === "") return;
      const parsed = parsePartialDate(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
    })
    .default(""),
  author: text("The author", EVENT_LIMITS.author).default(""),
  quote: text("The quote", EVENT_LIMITS.quote).default(""),
});

export const relationInputSchema = z.object({
  type: z.enum(RELATION_TYPES, { error: "Choose a kind of relation." }),
  targetId: z.number({ error: "Choose the related event." }).int().positive("Choose the related event."),
});

function duplicatesOf<T>(items: T[]): T[] {
  return [...new Set(items.filter((item, index) => items.indexOf(item) !== index))];
}

/** A list that names something twice is a mistake of the caller's, reported rather than quietly merged. */
const listedOnce = <T>(describe: (item: T) => string) => (items: T[], ctx: z.RefinementCtx) => {
  for (const item of duplicatesOf(items)) ctx.addIssue({ code: "custom", message: `${describe(item)} is listed more than once.` });
};

const idList = (what: string) =>
  z.array(z.number({ error: `${what} ids are whole numbers.` }).int().positive(), { error: `Give a list of ${what} ids.` })
    .max(EVENT_LIMITS.links, `Choose at most ${EVENT_LIMITS.links}.`)
    .superRefine(listedOnce((id) => `The ${what} id ${id}`))
    .default([]);

/** An IANA zone, stored as Intl names it ("asia/kuala_lumpur" → "Asia/Kuala_Lumpur"); "" when the date has no time. */
const timeZoneField = usableText("The time zone")
  .trim()
  .max(64, "A time zone name is at most 64 characters.")
  .transform((zone, ctx) => {
    if (zone === "") return "";
    const canonical = canonicalTimeZone(zone);
    if (!canonical) ctx.addIssue({ code: "custom", message: `“${zone}” is not a time zone Chronicle knows; use a name like Asia/Kuala_Lumpur, Europe/Paris or UTC.` });
    return canonical ?? zone;
  })
  .default("");

const versionField = (message: string) => z.number({ error: message }).int(message).positive(message);

const eventFields = {
  title: requiredTextField("The title", EVENT_LIMITS.title, "Enter a title."),
  slug: usableText("The slug")
    .trim()
    .toLowerCase()
    .max(EVENT_LIMITS.slug, tooLong("The slug", EVENT_LIMITS.slug))
    .refine((slug) => slug === "" || SLUG_PATTERN.test(slug), "Use lowercase letters, digits and single hyphens, like xi-state-visit-2025.")
    .default(""),
  summary: text("The summary", EVENT_LIMITS.summary).default(""),
  body: text("The body", EVENT_LIMITS.body).default(""),
  start: startInputSchema,
  end: endInputSchema.default({ precision: "none", value: "" }),
  approximate: z.boolean({ error: "Approximate is true or false." }).default(false),
  timeZone: timeZoneField,
  dateLabel: text("The date label", EVENT_LIMITS.dateLabel).default(""),
  importance: z
    .number({ error: `Importance runs from ${IMPORTANCE_MIN} to ${IMPORTANCE_MAX}.` })
    .int(`Importance runs from ${IMPORTANCE_MIN} to ${IMPORTANCE_MAX}.`)
    .min(IMPORTANCE_MIN, `Importance runs from ${IMPORTANCE_MIN} to ${IMPORTANCE_MAX}.`)
    .max(IMPORTANCE_MAX, `Importance runs from ${IMPORTANCE_MIN} to ${IMPORTANCE_MAX}.`)
    .default(3),
  status: z.enum(EVENT_STATUSES, { error: `Status is one of ${EVENT_STATUSES.join(", ")}.` }).default("draft"),
  parentId: z.number({ error: "Choose a parent event or none." }).int().positive().nullable().default(null),
  topicIds: idList("topic"),
  actorIds: idList("actor"),
  countryCodes: z
    .array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Country codes are two letters (ISO 3166)."))
    .max(EVENT_LIMITS.links, `Choose at most ${EVENT_LIMITS.links}.`)
    .superRefine(listedOnce((code) => `The country code ${code}`))
    .default([]),
  sources: z.array(sourceInputSchema).max(EVENT_LIMITS.sources, `List at most ${EVENT_LIMITS.sources} sources.`).default([]),
  relations: z.array(relationInputSchema).max(EVENT_LIMITS.relations, `List at most ${EVENT_LIMITS.relations} relations.`).default([]),
};

type DateFields = { start: z.output<typeof startInputSchema>; end: z.output<typeof endInputSchema>; approximate: boolean; timeZone?: string };

function checkCrossFields(input: DateFields & { relations: z.output<typeof relationInputSchema>[] }, ctx: z.RefinementCtx) {
  const date = readEventDate(input);
  if (date && hasTimeOfDay(date) && !date.timeZone) {
    ctx.addIssue({ code: "custom", path: ["timeZone"], message: "A time of day needs the time zone it was given in, like Asia/Kuala_Lumpur or UTC." });
  } else if (date) {
    const problem = checkEventDate(date);
    if (problem) {
      const path = problem.field === "end" ? ["end", "value"] : ["start", date.start ? "value" : "precision"];
      ctx.addIssue({ code: "custom", path, message: problem.message });
    }
  }
  const seen = new Set<string>();
  input.relations.forEach((relation, index) => {
    const key = `${relation.type}:${relation.targetId}`;
    if (seen.has(key)) {
      ctx.addIssue({ code: "custom", path: ["relations", index, "targetId"], message: `The relation “${relation.type}” to event ${relation.targetId} is listed more than once.` });
    }
    seen.add(key);
  });
}

export const eventInputSchema = z.object(eventFields).superRefine(checkCrossFields);

/** An update names the version it was based on, so that a save never silently overwrites another editor's. */
export const REASON_MAX = 500;

export const eventUpdateSchema = z
  .object({ ...eventFields, version: versionField("Give the version you edited."), reason: text("The reason", REASON_MAX).default("") })
  .superRefine(checkCrossFields);

/** A delete or restore names the version it saw too, so that it never hides or brings back changes its author has not seen. */
export const eventVersionSchema = z.preprocess(
  // No input at all (a page loaded before versions were asked for) is a missing version, reported on its field.
  (input) => input ?? {},
  z.object({ version: versionField("Give the version of the event you saw, as a whole number (for the API: ?version=N).") }),
);

export type EventInput = z.output<typeof eventInputSchema>;
export type EventFormInput = z.input<typeof eventInputSchema>;
export type EventUpdateInput = z.output<typeof eventUpdateSchema>;
export type SourceInput = z.output<typeof sourceInputSchema>;
export type RelationInput = z.output<typeof relationInputSchema>;

function readBound(value: string, precision: string): PartialDate | null | undefined {
  if (precision === "unknown" || precision === "none" || precision === "ongoing") return null;
  const parsed = parseBoundAtPrecision(value, precision as PartialDate["precision"]);
  return parsed.ok ? parsed.value : undefined;
}

/** The event date the inputs describe, or null while a bound does not parse. */
export function readEventDate(input: DateFields): EventDate | null {
  const start = readBound(input.start.value, input.start.precision);
  const end = input.end.precision === "ongoing" ? "ongoing" : readBound(input.end.value, input.end.precision);
  if (start === undefined || end === undefined) return null;
  return { start, end, approximate: input.approximate, timeZone: input.timeZone || null };
}

/** The stored date columns of valid input; throws if called with input the schema rejected. */
export function toStoredInputDate(input: DateFields): StoredEventDate {
  const date = readEventDate(input);
  if (!date) throw new Error("toStoredInputDate needs input that passed eventInputSchema.");
  return toStoredEventDate(date);
}
