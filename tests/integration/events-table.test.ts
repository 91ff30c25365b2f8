import { describe, expect, it } from "vitest";
import { findEvents } from "@/lib/queries/find-events";
import { findEventsPage } from "@/lib/queries/find-events-page";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { EMPTY_FILTER } from "@/lib/filters/event-filter";
import { parseEventTableParams } from "@/components/events-table/event-table-config";

const everything = { ...EMPTY_FILTER, topicIds: [], actorIds: [] };

async function slugsFor(query: Record<string, string>) {
  const { value } = parseEventTableParams(query, false);
  const result = await findEvents({ filter: everything, viewer: ANONYMOUS, sort: value.sort, page: value.page, pageSize: value.size });
  return result.rows;
}

describe("the events table's sorting and paging", () => {
  it("puts the BRICS summit first among dated events when sorted by -date", async () => {
    const rows = await slugsFor({ sort: "-date", size: "100" });
    const dated = rows.filter((row) => row.date.start !== null);
    expect(dated[0]!.slug).toBe("anwar-brics-summit-brazil-2025");
    // Events whose start is unknown cannot be placed and come last, not first.
    expect(rows.at(-1)!.date.start).toBeNull();
  });

  it("sorts by the real date bounds, not by the label's text", async () => {
    const slugs = (await slugsFor({ sort: "date", size: "100" })).map((row) => row.slug);
    // "Summer 2025" begins on 1 June, before the 27–28 June symposium, though "S" > "2" as text.
    expect(slugs.indexOf("banque-de-france-cbdc-webinars")).toBeLessThan(slugs.indexOf("sasana-symposium-2025"));
    expect(slugs.indexOf("malaysia-china-diplomatic-relations-established")).toBeLessThan(slugs.indexOf("malaysia-china-comprehensive-strategic-partnership"));
  });

  it("sorts by importance, highest first", async () => {
    const rows = await slugsFor({ sort: "-importance", size: "100" });
    const levels = rows.map((row) => row.importance);
    expect(levels).toEqual([...levels].sort((a, b) => b - a));
  });

  it("pages without overlap or gaps", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => slugsFor({ page: String(page), size: "10", sort: "title" })));
    const all = pages.flat().map((row) => row.slug);
    expect(pages[0]).toHaveLength(10);
    expect(pages[1]).toHaveLength(6);
    expect(new Set(all).size).toBe(16);
  });

  it("shows the last page for a page past the end and says which page was asked for", async () => {
    const result = await findEventsPage({ filter: everything, viewer: ANONYMOUS, page: 9, pageSize: 10 });
    expect(result).toMatchObject({ page: 2, pageCount: 2, total: 16, requestedPage: 9 });
    expect(result.rows).toHaveLength(6);
  });
});
