import { describe, expect, it } from "vitest";
import { describeView } from "./describe-view";

describe("describeView", () => {
  it("names the page and lists the decoded settings", () => {
    expect(describeView("/", "topic=diplomacy%2Ctrade&start=2025-06")).toEqual({ page: "Timeline", settings: "topic=diplomacy,trade, start=2025-06" });
  });
  it("says when a view has no settings", () => {
    expect(describeView("/dashboard", "")).toEqual({ page: "Dashboard", settings: "no filters" });
  });
});
