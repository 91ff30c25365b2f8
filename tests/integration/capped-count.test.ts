import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { db } from "@/lib/db/client";
import { createTestEvent } from "./event-fixtures";
import { countMatchingEvents } from "@/lib/queries/count-matching-events";
import { findEvents } from "@/lib/queries/find-events";
import { findEventsPage } from "@/lib/queries/find-events-page";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { EMPTY_FILTER } from "@/lib/filters/event-filter";

// The reference data has 16 published events, every one involving Malaysia or France. Naming two countries
// keeps event_counts out (it counts one member at a time), and the event matrix (which counts exactly) is off here,
// so these exercise the capped count SQL falls back on while the matrix is off or rebuilding; small caps stand in
// for the 10,000 of a large database.
const everything = { ...EMPTY_FILTER, countries: ["MY", "FR"], topicIds: [], actorIds: [] };
const noFilter = { ...EMPTY_FILTER, topicIds: [], actorIds: [] };
const allIds = async () => (await findEvents({ filter: everything, viewer: ANONYMOUS, pageSize: 100 })).rows.map((row) => row.id);

beforeAll(() => {
  process.env.CHRONICLE_EVENT_MATRIX = "off";
});
afterAll(() => {
  delete process.env.CHRONICLE_EVENT_MATRIX;
});

describe("countMatchingEvents", () => {
  it("counts exactly up to the cap and says so past it", async () => {
    expect(await countMatchingEvents(everything, ANONYMOUS, 16)).toEqual({ count: 16, exact: true });
    expect(await countMatchingEvents(everything, ANONYMOUS, 15)).toEqual({ count: 15, exact: false });
    expect(await countMatchingEvents(everything, ANONYMOUS, 0)).toEqual({ count: 0, exact: false });
    expect(await countMatchingEvents(everything, ANONYMOUS, Number.POSITIVE_INFINITY)).toEqual({ count: 16, exact: true });
  });

  it("counts exactly past any cap when event_counts answers the filter (none, or one topic, actor or country)", async () => {
    expect(await countMatchingEvents(noFilter, ANONYMOUS, 3)).toEqual({ count: 16, exact: true });
    const malaysia = { ...noFilter, countries: ["MY"] };
    const listed = await findEvents({ filter: malaysia, viewer: ANONYMOUS, pageSize: 100 });
    expect(await countMatchingEvents(malaysia, ANONYMOUS, 1)).toEqual({ count: listed.rows.length, exact: true });
  });

  it("counts a text search's matches up to the cap, visible ones only, as its pages list them", async () => {
    // "Malaysia" is in most reference events; an editor's draft with the word must not count for a reader.
    const draftId = await createTestEvent({ slug: "capped-count-test-draft", title: "Malaysia draft", start: "2025-03", status: "draft" });
    onTestFinished(() => db.event.delete({ where: { id: draftId } }).then(() => undefined));
    const search = { ...noFilter, q: "Malaysia" };
    const listed = (await findEvents({ filter: search, viewer: ANONYMOUS, pageSize: 100 })).rows.length;
    expect(listed).toBeGreaterThan(3);
    expect(await countMatchingEvents(search, ANONYMOUS, listed)).toEqual({ count: listed, exact: true });
    expect(await countMatchingEvents(search, ANONYMOUS, listed - 1)).toEqual({ count: listed - 1, exact: false });
    expect(await countMatchingEvents(search, ANONYMOUS, 2)).toEqual({ count: 2, exact: false });
    // With a country too, the general form counts the same events.
    expect(await countMatchingEvents({ ...search, countries: ["MY", "FR"] }, ANONYMOUS, 100)).toEqual({ count: listed, exact: true });
  });
});

describe("findEvents past the count's cap", () => {
  const page = (n: number) => findEvents({ filter: everything, viewer: ANONYMOUS, page: n, pageSize: 4, countCap: 5 });

  it("reports a lower bound and a next page on the first pages", async () => {
    expect(await page(1)).toMatchObject({ total: 5, totalExact: false, hasNextPage: true, pageCount: 2 });
    // Rows 9–12 are on screen and more follow: at least 12, at least 4 pages.
    expect(await page(3)).toMatchObject({ total: 12, totalExact: false, hasNextPage: true, pageCount: 4 });
  });

  it("knows the exact total on the last page, and the pages cover every event once, in order", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map(page));
    expect(pages[3]).toMatchObject({ total: 16, totalExact: true, hasNextPage: false, pageCount: 4 });
    expect(pages.flatMap((p) => p.rows.map((row) => row.id))).toEqual(await allIds());
  });

  it("finds the last page for a link past the end even when the count stopped early", async () => {
    const result = await findEventsPage({ filter: everything, viewer: ANONYMOUS, page: 9, pageSize: 4, countCap: 5 });
    expect(result).toMatchObject({ page: 4, total: 16, totalExact: true, requestedPage: 9 });
    expect(result.rows).toHaveLength(4);
  });
});
