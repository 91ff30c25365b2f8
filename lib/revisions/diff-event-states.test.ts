import { describe, expect, it } from "vitest";
import { diffEventStates, type StateLabels } from "./diff-event-states";
import type { EventState } from "./event-state";

const labels: StateLabels = {
  topic: (id) => `topic ${id}`,
  actor: (id) => `actor ${id}`,
  country: (code) => `country ${code}`,
  event: (id) => `event ${id}`,
};

const base: EventState = {
  title: "Paris visit",
  slug: "paris-visit",
  summary: "",
  body: "",
  start: { precision: "day", value: "2025-07-03" },
  end: { precision: "day", value: "2025-07-04" },
  approximate: false,
  timeZone: "",
  dateLabel: "",
  importance: 3,
  status: "draft",
  parentId: null,
  topicIds: [1, 2],
  actorIds: [7],
  countryCodes: ["FR", "MY"],
  sources: [{ publisher: "Bernama", title: "Visit", url: "https://bernama.com/a", publishedOn: "", author: "", quote: "" }],
  relations: [{ type: "follows", targetId: 40 }],
  deletedAt: null,
};

describe("diffEventStates", () => {
  it("finds nothing between equal states", () => {
    expect(diffEventStates(base, structuredClone(base), labels)).toEqual([]);
  });

  it("names each changed field with its old and new text", () => {
    const after: EventState = { ...base, title: "Official visit to Paris", start: { precision: "month", value: "2025-07" }, status: "published", parentId: 9, deletedAt: "2026-12-06T00:00:00.000Z" };
    expect(diffEventStates(base, after, labels)).toEqual([
      { field: "Title", before: "Paris visit", after: "Official visit to Paris" },
      { field: "Start", before: "2025-07-03 (day)", after: "2025-07 (month)" },
      { field: "Status", before: "draft", after: "published" },
      { field: "Part of", before: null, after: "event 9" },
      { field: "Deleted", before: "no", after: "yes" },
    ]);
  });

  it("lists links, sources and relations item by item, removed before added", () => {
    const after: EventState = {
      ...base,
      topicIds: [2, 3],
      actorIds: [7],
      countryCodes: ["MY"],
      sources: [{ ...base.sources[0]!, title: "State visit" }],
      relations: [{ type: "follows", targetId: 40 }, { type: "context_for", targetId: 41 }],
    };
    expect(diffEventStates(base, after, labels)).toEqual([
      { field: "Topics", before: "topic 1", after: null },
      { field: "Topics", before: null, after: "topic 3" },
      { field: "Countries", before: "country FR", after: null },
      { field: "Sources", before: "Bernama · Visit · https://bernama.com/a", after: null },
      { field: "Sources", before: null, after: "Bernama · State visit · https://bernama.com/a" },
      { field: "Related events", before: null, after: "context for: event 41" },
    ]);
  });

  it("shows a creation as the fields it was given, without the defaults", () => {
    const changes = diffEventStates(null, { ...base, summary: "Talks", topicIds: [], actorIds: [], countryCodes: [], sources: [], relations: [] }, labels);
    expect(changes.map((change) => change.field)).toEqual(["Title", "Slug", "Summary", "Start", "End", "Importance", "Status"]);
    expect(changes.every((change) => change.before === null)).toBe(true);
  });
});
