import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { START_PRECISIONS } from "@/lib/dates/event-date";
import { parseJsonObject } from "../import-limits";
import type { ChronicleJsonDocumentV1, ChronicleJsonEventV1 } from "./chronicle-json-schema";
import { readChronicleJson, type ChronicleJsonResult } from "./read-chronicle-json";
import { toChronicleJsonDocument, toChronicleJsonEvent } from "./to-chronicle-json";

const FULL_EVENT: ChronicleJsonEventV1 = {
  externalId: "xi-visit-day-one",
  slug: "xi-state-visit-malaysia-2025-arrival",
  title: "Xi Jinping arrives in Kuala Lumpur",
  summary: "The state visit opens.",
  body: "- Welcomed at the airport\n- Met by the Prime Minister",
  start: { precision: "minute", value: "2025-04-15T18:05" },
  end: { precision: "none", value: "" },
  approximate: false,
  timeZone: "Asia/Kuala_Lumpur",
  dateLabel: "15 April 2025, evening",
  importance: 4,
  status: "in_review",
  parent: { slug: "xi-state-visit-malaysia-2025" },
  topics: ["diplomacy", "trade-investment"],
  actors: ["government-of-china", "Anwar Ibrahim"],
  countries: ["MY", "CN"],
  sources: [
    { publisher: "The Sun", title: "Stand with the region", url: "https://www.thesun.my/x", publishedOn: "2025-04", author: "Staff", quote: "Xi arrived on Tuesday." },
    { publisher: "Bernama", title: "", url: "", publishedOn: "", author: "", quote: "" },
  ],
  relations: [
    { type: "follows", target: { externalId: "xi-visit-announced" } },
    { type: "context_for", target: { slug: "malaysia-china-comprehensive-strategic-partnership" } },
  ],
};

const ANNOUNCED: ChronicleJsonEventV1 = { ...FULL_EVENT, externalId: "xi-visit-announced", slug: "", title: "Visit announced", start: { precision: "month", value: "2025-03" }, timeZone: "", parent: null, relations: [], dateLabel: "" };

function read(document: unknown): Extract<ChronicleJsonResult, { ok: true }> {
  const result = readChronicleJson(document as Record<string, unknown>);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("Chronicle JSON version 1", () => {
  it("round-trips a full event, its time to the minute with its zone, through a file: written, parsed, read, written again", () => {
    const document: ChronicleJsonDocumentV1 = toChronicleJsonDocument([FULL_EVENT, ANNOUNCED], new Date("2026-12-08T10:30:00Z"));
    const parsed = parseJsonObject(new TextEncoder().encode(JSON.stringify(document, null, 2)));
    if (!parsed.ok) throw new Error(parsed.message);
    const result = read(parsed.value);
    expect(result.exportedAt).toBe("2026-12-08T10:30:00.000Z");
    expect(result.rows.map((row) => [row.line, row.errors, row.warnings])).toEqual([[1, [], []], [2, [], []]]);
    expect(result.rows[0]).toMatchObject({
      externalId: "xi-visit-day-one",
      values: { start: { precision: "minute", value: "2025-04-15T18:05" }, timeZone: "Asia/Kuala_Lumpur", parent: { slug: "xi-state-visit-malaysia-2025" } },
    });
    expect(result.rows.map(toChronicleJsonEvent)).toEqual([FULL_EVENT, ANNOUNCED]);
  });

  it("fills the defaults of a minimal event", () => {
    const result = read({ format: "chronicle", version: 1, events: [{ title: "Sasana Symposium", start: { precision: "day", value: "2025-06-27" } }] });
    expect(toChronicleJsonEvent(result.rows[0]!)).toEqual({
      externalId: null, slug: "", title: "Sasana Symposium", summary: "", body: "",
      start: { precision: "day", value: "2025-06-27" }, end: { precision: "none", value: "" }, approximate: false, timeZone: "", dateLabel: "",
      importance: 3, status: "draft", parent: null, topics: [], actors: [], countries: [], sources: [], relations: [],
    });
  });

  it("keeps a range of minutes in its zone, and needs a known zone for a time", () => {
    const timed = { title: "Talks", start: { precision: "minute", value: "2025-04-15T10:30" }, end: { precision: "minute", value: "2025-04-15T12:00" } };
    const result = read({
      format: "chronicle",
      version: 1,
      events: [
        { ...timed, timeZone: "asia/kuala_lumpur" },
        timed,
        { ...timed, timeZone: "Mars/Olympus_Mons" },
        { ...timed, timeZone: null },
        { title: "A day", start: { precision: "day", value: "2025-04-15" }, timeZone: "Asia/Kuala_Lumpur" },
      ],
    });
    expect(result.rows[0]).toMatchObject({ errors: [], warnings: [], values: { start: { precision: "minute", value: "2025-04-15T10:30" }, end: { precision: "minute", value: "2025-04-15T12:00" }, timeZone: "asia/kuala_lumpur" } });
    expect(result.rows[1]!.errors).toEqual([{ line: 2, column: "timeZone", message: "A time of day needs the time zone it was given in, like Asia/Kuala_Lumpur or UTC." }]);
    expect(result.rows[2]!.errors).toEqual([
      { line: 3, column: "timeZone", message: "“Mars/Olympus_Mons” is not a time zone Chronicle knows; use a name like Asia/Kuala_Lumpur, Europe/Paris or UTC." },
    ]);
    expect(result.rows[3]!.errors).toEqual([{ line: 4, column: "timeZone", message: "A time of day needs the time zone it was given in, like Asia/Kuala_Lumpur or UTC." }]);
    expect(result.rows[4]).toMatchObject({ errors: [], warnings: ['The time zone “Asia/Kuala_Lumpur” is not kept: neither the start nor the end has a time of day (precision "minute").'] });
  });

  it("refuses an unknown version, naming the versions it reads", () => {
    expect(readChronicleJson({ format: "chronicle", version: 2, events: [] })).toEqual({
      ok: false,
      message: "This file is Chronicle JSON version 2; this Chronicle reads version 1. A file from a newer Chronicle needs that Chronicle to import it.",
    });
    expect(readChronicleJson({ format: "chronicle", events: [] })).toEqual({
      ok: false,
      message: "This file does not say which version of Chronicle JSON it is; this Chronicle reads version 1. A file from a newer Chronicle needs that Chronicle to import it.",
    });
    expect(readChronicleJson({ format: "timeline", version: 1, events: [] })).toEqual({ ok: false, message: 'This file says its format is "timeline"; a Chronicle JSON file says "format": "chronicle".' });
  });

  it("reports each event's problems on its field path, numbered by its place in the list", () => {
    const result = read({
      format: "chronicle",
      version: 1,
      events: [
        { title: "Fine", start: { precision: "year", value: "2013" } },
        { title: "Bad shape", start: { precision: "decade", value: "1970s" }, importance: "high", relations: [{ type: "follows", target: "x" }] },
        { title: "Bad values", start: { precision: "day", value: "2025-02-30" }, sources: [{ publisher: "", url: "javascript:alert(1)" }], parent: { externalId: "self" }, externalId: "self", colour: "red" },
        { title: "Twice", start: { precision: "year", value: "2013" }, externalId: "self" },
      ],
    });
    expect(result.rows[0]!.errors).toEqual([]);
    expect(result.rows[1]!.errors).toEqual([
      { line: 2, column: "start.precision", message: `The start precision is one of ${START_PRECISIONS.join(", ")}.` },
      { line: 2, column: "importance", message: "importance is a number from 1 to 5." },
      { line: 2, column: "relations.0.target", message: 'Name the event as { "externalId": "…" } or { "slug": "…" }.' },
    ]);
    expect(result.rows[2]!.errors).toEqual([
      { line: 3, column: "start.value", message: "February 2025 has 28 days; day 30 does not exist." },
      { line: 3, column: "sources.0.publisher", message: "Name the publisher." },
      { line: 3, column: "sources.0.url", message: "Enter a full web address starting with http:// or https://." },
      { line: 3, column: "parent", message: "An event cannot be its own parent." },
    ]);
    expect(result.rows[2]!.warnings).toEqual(["The field “colour” is not part of Chronicle JSON version 1 and was ignored."]);
    expect(result.rows[3]!.errors).toEqual([{ line: 4, column: "externalId", message: "The id “self” is already used by event 3; each event needs its own." }]);
  });

  it("reads the example in docs/chronicle-json-format.md without a problem", () => {
    const doc = readFileSync(path.join(import.meta.dirname, "../../../docs/chronicle-json-format.md"), "utf8");
    const example = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!).find((block) => block.includes('"title"'));
    const result = read(JSON.parse(example!));
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]).toMatchObject({
      externalId: "sasana-symposium-2025",
      errors: [],
      warnings: [],
      values: { start: { precision: "day", value: "2025-06-27" }, end: { precision: "day", value: "2025-06-28" }, timeZone: "", relations: [{ type: "context_for", target: { slug: "anwar-official-visit-france-2025" } }] },
    });
    const timed = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => match[1]!).find((block) => block.includes('"precision": "minute"'));
    const timedRows = read({ format: "chronicle", version: 1, events: [{ title: "Talks", ...JSON.parse(timed!) }] }).rows;
    expect(timedRows[0]).toMatchObject({ errors: [], values: { start: { precision: "minute", value: "2025-04-15T10:30" }, end: { precision: "minute", value: "2025-04-15T12:00" }, timeZone: "Asia/Kuala_Lumpur" } });
  });
});
