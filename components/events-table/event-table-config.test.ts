import { describe, expect, it } from "vitest";
import { EVENT_SORTS } from "@/lib/queries/find-events";
import { EVENT_SORT_LABELS, eventTableConfig, parseEventTableParams } from "./event-table-config";

describe("event table parameters", () => {
  it("offers the status column to editors only", () => {
    expect(eventTableConfig(true).columns).toContain("status");
    expect(eventTableConfig(false).columns).not.toContain("status");
    expect(eventTableConfig(true).defaultColumns).toContain("status");
  });

  it("hides the last-updated column until asked for", () => {
    expect(eventTableConfig(false).defaultColumns).not.toContain("updated");
    expect(parseEventTableParams({ cols: "date,updated" }, false).value.columns).toEqual(["date", "updated"]);
  });

  it("drops an editor-only column from a reader's link without calling it an error", () => {
    const parsed = parseEventTableParams({ cols: "date,status" }, false);
    expect(parsed.errors).toEqual([]);
    expect(parsed.value.columns).toEqual(["date"]);
  });

  it("accepts every sort the query knows and rejects others", () => {
    for (const sort of EVENT_SORTS) expect(parseEventTableParams({ sort }, false, true).value.sort).toBe(sort);
    const parsed = parseEventTableParams({ sort: "sources" }, false);
    expect(parsed.value.sort).toBe("date");
    expect(parsed.errors[0]!.param).toBe("sort");
  });

  it("sorts by relevance by default while searching, and by date once the search is cleared", () => {
    expect(parseEventTableParams({}, false, true).value.sort).toBe("relevance");
    expect(parseEventTableParams({}, false).value.sort).toBe("date");
    const cleared = parseEventTableParams({ sort: "relevance" }, false);
    expect(cleared.value.sort).toBe("date");
    expect(cleared.errors).toEqual([]);
    expect(eventTableConfig(false).sorts).not.toContain("relevance");
  });

  it("labels every sort", () => {
    expect(Object.keys(EVENT_SORT_LABELS).sort()).toEqual([...EVENT_SORTS].sort());
  });
});
