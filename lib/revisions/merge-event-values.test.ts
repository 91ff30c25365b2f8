import { describe, expect, it } from "vitest";
import { eventInputSchema, type EventInput } from "@/lib/schemas/event-input";
import { mergeEventValues } from "./merge-event-values";

const base: EventInput = eventInputSchema.parse({
  title: "Anwar visits France",
  summary: "Talks at the Élysée.",
  start: { precision: "day", value: "2025-07-03" },
  topicIds: [1, 2],
  actorIds: [10],
  countryCodes: ["MY", "FR"],
  sources: [
    { publisher: "Bernama", title: "Visit", url: "https://www.bernama.com/a" },
    { publisher: "Le Monde", title: "Visite", url: "https://www.lemonde.fr/b" },
  ],
  relations: [{ type: "follows", targetId: 5 }],
});
const edit = (changes: Partial<EventInput>): EventInput => ({ ...base, ...changes });

describe("mergeEventValues", () => {
  it("takes each side's changes to different fields, and says which came from theirs", () => {
    const outcome = mergeEventValues(base, edit({ title: "Anwar in Paris" }), edit({ summary: "Talks with Macron.", importance: 5 }));
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.merged).toMatchObject({ title: "Anwar in Paris", summary: "Talks with Macron.", importance: 5 });
    expect(outcome.fromTheirs).toEqual(["summary", "importance"]);
  });

  it("is a conflict where both changed the same field differently, holding theirs until the editor chooses", () => {
    const outcome = mergeEventValues(base, edit({ title: "Mine", body: "Same" }), edit({ title: "Theirs", body: "Same" }));
    expect(outcome.conflicts).toEqual(["title"]);
    expect(outcome.merged.title).toBe("Theirs");
    expect(outcome.merged.body).toBe("Same");
  });

  it("merges topics, actors, countries and relations item by item: both sides' additions and removals apply", () => {
    const mine = edit({ topicIds: [1, 3], actorIds: [10, 11], relations: [] });
    const theirs = edit({ topicIds: [2, 1, 4], countryCodes: ["MY"], relations: [{ type: "follows", targetId: 5 }, { type: "context_for", targetId: 6 }] });
    const outcome = mergeEventValues(base, mine, theirs);
    expect(outcome.conflicts).toEqual([]);
    expect(outcome.merged.topicIds).toEqual([1, 4, 3]); // theirs removed nothing of 1; mine removed 2 and added 3; theirs added 4
    expect(outcome.merged.actorIds).toEqual([10, 11]);
    expect(outcome.merged.countryCodes).toEqual(["MY"]);
    expect(outcome.merged.relations).toEqual([{ type: "context_for", targetId: 6 }]);
  });

  it("merges sources by address, and conflicts when both changed the same source", () => {
    const [bernama, leMonde] = base.sources;
    const added = { publisher: "Reuters", title: "Visit", url: "https://www.reuters.com/c", publishedOn: "", author: "", quote: "" };
    const fine = mergeEventValues(base, edit({ sources: [bernama!, leMonde!, added] }), edit({ sources: [{ ...bernama!, title: "Visit to Paris" }, leMonde!] }));
    expect(fine.conflicts).toEqual([]);
    expect(fine.merged.sources.map((s) => s.title)).toEqual(["Visit to Paris", "Visite", "Visit"]);

    const clash = mergeEventValues(base, edit({ sources: [{ ...bernama!, title: "Mine" }, leMonde!] }), edit({ sources: [{ ...bernama!, title: "Theirs" }, leMonde!] }));
    expect(clash.conflicts).toEqual(["sources"]);
    const removedWhatTheyChanged = mergeEventValues(base, edit({ sources: [leMonde!] }), edit({ sources: [{ ...bernama!, quote: "New quote" }, leMonde!] }));
    expect(removedWhatTheyChanged.conflicts).toEqual(["sources"]);
  });

  it("without a base every difference is a conflict, and equal values are not", () => {
    const outcome = mergeEventValues(null, edit({ title: "Mine", topicIds: [2, 1] }), edit({ title: "Theirs" }));
    expect(outcome.conflicts).toEqual(["title"]);
    expect(outcome.fromTheirs).toEqual([]);
  });
});
