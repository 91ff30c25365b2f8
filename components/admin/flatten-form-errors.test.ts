import { describe, expect, it } from "vitest";
import { describeFieldPath, flattenFormErrors } from "./flatten-form-errors";

describe("flattenFormErrors", () => {
  it("lists nested and array errors with their field paths, skipping DOM refs", () => {
    const errors = {
      title: { type: "too_small", message: "Enter a title.", ref: { name: "title", nested: { message: "not me" } } },
      start: { value: { type: "custom", message: "February 2025 has 28 days; day 31 does not exist." } },
      sources: [undefined, { url: { type: "custom", message: "Enter a full web address." } }],
      relations: { root: { type: "too_big", message: "List at most 50 relations." } },
    };
    expect(flattenFormErrors(errors)).toEqual([
      { path: "title", message: "Enter a title." },
      { path: "start.value", message: "February 2025 has 28 days; day 31 does not exist." },
      { path: "sources.1.url", message: "Enter a full web address." },
      { path: "relations", message: "List at most 50 relations." },
    ]);
  });
});

describe("describeFieldPath", () => {
  it("names fields the way the form labels them", () => {
    expect(describeFieldPath("sources.1.url")).toBe("Source 2 web address");
    expect(describeFieldPath("relations.0.targetId")).toBe("Related event 1");
    expect(describeFieldPath("end.value")).toBe("End");
  });
});
