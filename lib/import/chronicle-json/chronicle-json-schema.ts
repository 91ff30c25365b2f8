import { z } from "zod";
import { END_PRECISIONS, START_PRECISIONS } from "@/lib/dates/event-date";
import { EVENT_STATUSES, RELATION_TYPES } from "@/lib/domain/event-vocabulary";

/**
 * Chronicle JSON: what Chronicle exports and imports (docs/chronicle-json-format.md). This schema checks the shape
 * of each field; what the values mean (dates, lengths, addresses) is checked by eventInputSchema afterwards, so
 * that both say the same as the editor's form.
 */
export const CHRONICLE_JSON_FORMAT = "chronicle";
export const CHRONICLE_JSON_VERSIONS = [1] as const;
export type ChronicleJsonVersion = (typeof CHRONICLE_JSON_VERSIONS)[number];

const text = (what: string) => z.string({ error: `${what} is text.` });
const optionalText = (what: string) => text(what).default("");
const list = (what: string) => z.array(text(what), { error: `Give a list of ${what}s.` }).default([]);

/** Another event, by the external id it has in the same file or by the slug it has in Chronicle. */
export const eventReferenceSchema = z.union(
  [z.strictObject({ externalId: z.string().min(1) }), z.strictObject({ slug: z.string().min(1) })],
  { error: 'Name the event as { "externalId": "…" } or { "slug": "…" }.' },
);

const boundSchema = <P extends readonly [string, ...string[]]>(precisions: P, what: string) =>
  z.object(
    {
      precision: z.enum(precisions, { error: `The ${what} precision is one of ${precisions.join(", ")}.` }),
      value: optionalText(`The ${what} value`),
    },
    { error: `Give the ${what} as { "precision": …, "value": … }.` },
  );

const sourceSchema = z.object(
  {
    publisher: text("The publisher"),
    title: optionalText("The source title"),
    url: optionalText("The address"),
    publishedOn: optionalText("The publication date"),
    author: optionalText("The author"),
    quote: optionalText("The quote"),
  },
  { error: "Give each source as an object with at least a publisher." },
);

export const chronicleEventV1Schema = z.object(
  {
    externalId: text("The externalId").min(1).nullable().default(null),
    slug: optionalText("The slug"),
    title: text("The title"),
    summary: optionalText("The summary"),
    body: optionalText("The body"),
    start: boundSchema(START_PRECISIONS, "start"),
    end: boundSchema(END_PRECISIONS, "end").default({ precision: "none", value: "" }),
    approximate: z.boolean({ error: "approximate is true or false." }).default(false),
    /** The IANA zone a bound at precision "minute" is read in ("Asia/Kuala_Lumpur"); "" (or null) when neither has a time. */
    timeZone: z.preprocess((zone) => zone ?? "", text("The time zone")),
    dateLabel: optionalText("The date label"),
    importance: z.number({ error: "importance is a number from 1 to 5." }).default(3),
    status: z.enum(EVENT_STATUSES, { error: `status is one of ${EVENT_STATUSES.join(", ")}.` }).default("draft"),
    parent: eventReferenceSchema.nullable().default(null),
    topics: list("topic slug"),
    actors: list("actor slug or name"),
    countries: list("country code"),
    sources: z.array(sourceSchema).default([]),
    relations: z
      .array(z.object({ type: z.enum(RELATION_TYPES, { error: `A relation's type is one of ${RELATION_TYPES.join(", ")}.` }), target: eventReferenceSchema }))
      .default([]),
  },
  { error: "Each event is an object." },
);

export const CHRONICLE_EVENT_FIELDS = Object.keys(chronicleEventV1Schema.shape);

/** One event as the export writes it: every field present. */
export type ChronicleJsonEventV1 = z.output<typeof chronicleEventV1Schema>;
export type ChronicleEventReference = z.output<typeof eventReferenceSchema>;

/** The whole file as the export writes it. */
export interface ChronicleJsonDocumentV1 {
  format: typeof CHRONICLE_JSON_FORMAT;
  version: 1;
  exportedAt?: string;
  events: ChronicleJsonEventV1[];
}

/** The envelope, read before the events so that an unknown version is named before anything else is checked. */
export const chronicleEnvelopeSchema = z.object({
  format: z.literal(CHRONICLE_JSON_FORMAT),
  version: z.number(),
  exportedAt: z.iso.datetime({ offset: true, error: "exportedAt is a date and time, like 2026-12-08T10:30:00Z." }).optional(),
  events: z.array(z.unknown(), { error: 'A Chronicle JSON file has an "events" list.' }),
});
