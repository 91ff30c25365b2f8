import { afterAll, describe, expect, it } from "vitest";
import { db, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toStoredEventDate } from "@/lib/dates/event-date";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { hydrateEvents } from "@/lib/queries/hydrate-events";

const SLUG_PREFIX = "read-sql-test-";

function partial(text: string) {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function eventData(slug: string) {
  return {
    slug,
    title: `Read test ${slug}`,
    ...toStoredEventDate({ start: partial("2023-05"), end: null, approximate: true }),
    status: "published",
  };
}

/** BigInts as numbers: the reader gives computed integers as numbers where Prisma gives BigInts. */
const plain = (rows: Record<string, unknown>[]) => rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === "bigint" ? Number(value) : value])));

afterAll(async () => {
  await db.event.deleteMany({ where: { slug: { startsWith: SLUG_PREFIX } } });
});

describe("readSql", () => {
  it("gives the rows, and the types of dates and flags, that Prisma's raw query gives", async () => {
    const created = await db.event.create({ data: eventData(`${SLUG_PREFIX}types`) });
    const query = Prisma.sql`SELECT e.id, e.slug, e.earliest, e.approximate, e.updated_at AS "updatedAt", e.deleted_at AS "deletedAt",
        (SELECT COUNT(*) FROM sources s WHERE s.event_id = e.id) AS "sourceCount", ${2.5} AS half
      FROM events e WHERE e.slug = ${created.slug}`;
    const [read, prisma] = await Promise.all([readSql<Record<string, unknown>[]>(query), db.$queryRaw<Record<string, unknown>[]>(query)]);
    expect(plain(read)).toEqual(plain(prisma));
    expect(read[0]!.updatedAt).toBeInstanceOf(Date);
    expect((read[0]!.updatedAt as Date).getTime()).toBe(created.updatedAt.getTime());
    expect(read[0]!.approximate).toBe(true);
  });

  it("binds a whole number as an integer, so it reads back as one in text, as on PostgreSQL", async () => {
    // Prisma's SQLite adapter binds 7 as a double, and a text column compared with it would see "7.0".
    expect(await readSql<{ seven: string }[]>`SELECT CAST(${7} AS TEXT) AS seven`).toEqual([{ seven: "7" }]);
  });

  it("does not see an editor's save before it commits, and sees it as soon as it has", async () => {
    const slug = `${SLUG_PREFIX}uncommitted`;
    let id = 0;
    await db.$transaction(async (tx) => {
      id = (await tx.event.create({ data: eventData(slug) })).id;
      // A reader in the middle of someone else's save sees the database as it was.
      expect(await hydrateEvents([id])).toEqual([]);
    });
    expect((await hydrateEvents([id])).map((row) => row.slug)).toEqual([slug]);
  });

  it("reads a change made through the writing connection at once", async () => {
    const created = await db.event.create({ data: eventData(`${SLUG_PREFIX}renamed`) });
    await hydrateEvents([created.id]);
    await db.event.update({ where: { id: created.id }, data: { title: "Renamed at once" } });
    expect((await hydrateEvents([created.id]))[0]?.title).toBe("Renamed at once");
  });
});
