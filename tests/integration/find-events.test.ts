import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { findEvents } from "@/lib/queries/find-events";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { EMPTY_FILTER } from "@/lib/filters/event-filter";
import { filterFromQuery } from "../support/filter-from-query";

const everything = { ...EMPTY_FILTER, topicIds: [], actorIds: [] };

describe("findEvents on the reference data", () => {
  it("lists the sixteen published reference events in date order", async () => {
    const result = await findEvents({ filter: everything, viewer: ANONYMOUS, pageSize: 100 });
    expect(result.total).toBe(16);
    const labels = result.rows.map((row) => row.dateLabel);
    expect(labels).toContain("27–28 June 2025");
    expect(labels).toContain("July 2019");
    expect(labels).toContain("Summer 2025");
    expect(labels.indexOf("31 May 1974")).toBeLessThan(labels.indexOf("2013"));
  });
});

describe("findEvents by date with a filter nothing carries", () => {
  // A country no event names yet (the reference events name four).
  beforeAll(async () => {
    await db.country.upsert({ where: { code: "IS" }, update: {}, create: { code: "IS", name: "Iceland" } });
  });

  it.each(["q=zyzzyva", "country=IS", "q=summit&country=IS"])("answers %s with an empty first page and an exact total of 0", async (query) => {
    const result = await findEvents({ filter: await filterFromQuery(query), viewer: ANONYMOUS, sort: "-date" });
    expect(result).toMatchObject({ rows: [], total: 0, totalExact: true, pageCount: 1, hasNextPage: false });
  });

  it("still finds what the other filter of the pair carries", async () => {
    const result = await findEvents({ filter: await filterFromQuery("q=summit"), viewer: ANONYMOUS, sort: "-date" });
    expect(result.total).toBeGreaterThan(0);
  });
});
