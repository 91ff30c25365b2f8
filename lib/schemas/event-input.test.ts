import { describe, expect, it } from "vitest";
import { eventInputSchema, eventUpdateSchema, eventVersionSchema, toStoredInputDate } from "./event-input";
import { slugify } from "./slugify";

const valid = { title: "ECRL relaunched", start: { precision: "day", value: "2025-06-27" } };

function issuesOf(input: unknown): Record<string, string> {
  const result = eventInputSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("eventInputSchema", () => {
  it("accepts a minimal event and fills in the defaults", () => {
    const parsed = eventInputSchema.parse(valid);
    expect(parsed).toMatchObject({ slug: "", end: { precision: "none" }, importance: 3, status: "draft", sources: [], parentId: null });
  });

  it("rejects 31 February on start.value with a message naming the month's length", () => {
    expect(issuesOf({ ...valid, start: { precision: "day", value: "2025-02-31" } })).toEqual({
      "start.value": "February 2025 has 28 days; day 31 does not exist.",
    });
  });

  it("puts an end before the start on end.value", () => {
    const issues = issuesOf({ ...valid, end: { precision: "month", value: "2025-05" } });
    expect(issues["end.value"]).toBe("The end (May 2025) is before the start (27 June 2025).");
  });

  it("asks for a date when the start is unknown and there is no end", () => {
    expect(issuesOf({ ...valid, start: { precision: "unknown", value: "" } })).toHaveProperty("start.precision");
  });

  it("accepts an unknown start with an ongoing end", () => {
    expect(issuesOf({ ...valid, start: { precision: "unknown" }, end: { precision: "ongoing" } })).toEqual({});
  });

  it("rejects an empty or blank title", () => {
    expect(issuesOf({ ...valid, title: "   " })).toEqual({ title: "Enter a title." });
  });

  it("rejects a title or publisher of invisible characters only, as it does an empty one", () => {
    expect(issuesOf({ ...valid, title: "\u200b\u200c\u2060", sources: [{ publisher: "\ufeff\u00ad " }] })).toEqual({
      title: "Enter a title.",
      "sources.0.publisher": "Name the publisher.",
    });
  });

  it("names every free-text field that holds an unpaired surrogate", () => {
    const issues = issuesOf({
      ...valid,
      title: "a\ud800",
      summary: "\udc00",
      body: "b\udbff",
      dateLabel: "\udfff",
      start: { precision: "day", value: "2025-06-27\ud800" },
      sources: [{ publisher: "P\ud800", title: "\ud800", url: "https://x.org/\ud800", publishedOn: "\ud800", author: "\ud800", quote: "\ud800" }],
    });
    expect(Object.keys(issues).sort()).toEqual(
      ["body", "dateLabel", "start.value", "summary", "title", ...["author", "publishedOn", "publisher", "quote", "title", "url"].map((f) => `sources.0.${f}`)].sort(),
    );
    expect(issues.title).toMatch(/^The title contains a character .* unpaired UTF-16 surrogate/);
  });

  it("rejects a topic, actor or country listed twice, naming it", () => {
    expect(issuesOf({ ...valid, topicIds: [3, 4, 3, 3], actorIds: [7, 7], countryCodes: ["my", "FR", "MY"] })).toEqual({
      topicIds: "The topic id 3 is listed more than once.",
      actorIds: "The actor id 7 is listed more than once.",
      countryCodes: "The country code MY is listed more than once.",
    });
  });

  it("rejects malformed and non-web source URLs on their own field", () => {
    const issues = issuesOf({
      ...valid,
      sources: [
        { publisher: "Reuters", url: "https://www.reuters.com/a" },
        { publisher: "Bernama", url: "not a url" },
        { publisher: "Star", url: "javascript:alert(1)" },
      ],
    });
    expect(Object.keys(issues)).toEqual(["sources.1.url", "sources.2.url"]);
  });

  it("requires a publisher and checks a source's publication date", () => {
    const issues = issuesOf({ ...valid, sources: [{ publisher: "", publishedOn: "2025-13" }] });
    expect(issues["sources.0.publisher"]).toBe("Name the publisher.");
    expect(issues["sources.0.publishedOn"]).toMatch(/no month 13/);
  });

  it("rejects oversized text with the limit in the message", () => {
    const issues = issuesOf({ ...valid, title: "x".repeat(201), body: "y".repeat(20_001), sources: [{ publisher: "P", quote: "q".repeat(2_001) }] });
    expect(issues.title).toBe("The title must be at most 200 characters.");
    expect(issues.body).toBe("The body must be at most 20,000 characters.");
    expect(issues["sources.0.quote"]).toBe("The quote must be at most 2,000 characters.");
  });

  it("accepts a month typed as 2019-07 or as July 2019", () => {
    for (const value of ["2019-07", "July 2019"]) {
      const parsed = eventInputSchema.parse({ ...valid, start: { precision: "month", value } });
      expect(toStoredInputDate(parsed)).toMatchObject({ startValue: "2019-07", startPrecision: "month", endPrecision: "none" });
    }
  });

  it("rejects a value that does not match the chosen precision", () => {
    expect(issuesOf({ ...valid, start: { precision: "month", value: "2019" } })["start.value"]).toMatch(/is a year, not a month/);
  });

  it("rejects importance outside 1–5, unknown statuses and bad slugs", () => {
    const issues = issuesOf({ ...valid, importance: 9, status: "live", slug: "Not a slug!" });
    expect(Object.keys(issues).sort()).toEqual(["importance", "slug", "status"]);
  });

  it("flags a relation listed twice", () => {
    const relation = { type: "follows", targetId: 4 };
    expect(issuesOf({ ...valid, relations: [relation, relation] })).toEqual({ "relations.1.targetId": "The relation “follows” to event 4 is listed more than once." });
  });

  it("requires the edited version on update", () => {
    expect(eventUpdateSchema.safeParse(valid).success).toBe(false);
    expect(eventUpdateSchema.parse({ ...valid, version: 2 }).version).toBe(2);
  });

  it("requires the version seen on delete and restore, asking for it even when no input came", () => {
    for (const input of [undefined, {}, { version: "2" }, { version: 1.5 }, { version: 0 }]) {
      const result = eventVersionSchema.safeParse(input);
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["version"]);
    }
    expect(eventVersionSchema.parse({ version: 2 })).toEqual({ version: 2 });
  });
});

describe("slugify", () => {
  it("derives a lowercase hyphenated slug from a title", () => {
    expect(slugify("Xi’s state visit to Malaysia (2025)")).toBe("xis-state-visit-to-malaysia-2025");
    expect(slugify("Malaysia–China ties: Économie")).toBe("malaysia-china-ties-economie");
    expect(slugify("!!!")).toBe("event");
  });
  it("cuts long titles at a word boundary", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});
