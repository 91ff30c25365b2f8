import { describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db/client";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { eventWhereSql } from "@/lib/queries/sql/event-where";
import type { DateWalk } from "@/lib/queries/sql/plan-date-walk";
import { filterFromQuery } from "../support/filter-from-query";

// planDateWalk only picks the row-by-row form past 1,000 ids or more, which the reference data never reaches:
// force it here and check that it matches exactly the events the list form matches.
const ALL: DateWalk = new Set(["topic", "actor", "country", "q"]);

async function idsFor(query: string, walk?: DateWalk) {
  const where = eventWhereSql(await filterFromQuery(query), ANONYMOUS, undefined, walk);
  const rows = await db.$queryRaw<{ id: number | bigint }[]>(Prisma.sql`SELECT e.id FROM events e WHERE ${where} ORDER BY e.earliest DESC, e.latest DESC, e.id DESC`);
  return rows.map((row) => Number(row.id));
}

describe("the date-walk form of the shared WHERE", () => {
  it.each(["topic=cbdc", "country=FR", "country=MY&topic=cbdc", "q=summit", "q=bank&country=MY", "from=2025-06&to=2025-07&country=MY", "importance=3&country=MY"])(
    "matches the same events as the list form for %s",
    async (query) => {
      const listed = await idsFor(query);
      expect(listed.length).toBeGreaterThan(0);
      expect(await idsFor(query, ALL)).toEqual(listed);
    },
  );
});
