import { describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { rebuildEventCountsSql } from "@/lib/db/event-counts-sql";
import { updateEvent } from "@/lib/actions/events/update-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import { describeAfterSyntheticLoad } from "./after-synthetic-load";
import { edgePeriod, LINK_QUERIES, type RawQuery } from "./event-counts-reference";
import { actorIds, createCounted, editor, input, setUpCountedEvents, topicIds, writeLinksRaw } from "./counted-events";

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const exec = (sql: string) => db.$executeRawUnsafe(sql);

/** "dim|member|status|first day|event id" → "last day|importance|topics|actors|countries", links sorted. */
type LinkDayRows = Record<string, string>;

const packed = (members: unknown[]) => members.map(String).sort().join(",");

/** The rows event_link_days must hold, from events and links with JavaScript date arithmetic (not the migration's SQL). */
async function expectedLinkDays(run: RawQuery): Promise<LinkDayRows> {
  const events = await run("SELECT id, earliest, latest, status, importance FROM events WHERE deleted_at IS NULL");
  const links = new Map<number, Record<keyof typeof LINK_QUERIES, string[]>>();
  for (const [dim, sql] of Object.entries(LINK_QUERIES) as [keyof typeof LINK_QUERIES, string][]) {
    for (const row of await run(sql)) {
      const own = links.get(Number(row.event_id)) ?? { topic: [], actor: [], country: [] };
      own[dim].push(String(row.member));
      links.set(Number(row.event_id), own);
    }
  }
  const rows: LinkDayRows = {};
  for (const event of events) {
    const own = links.get(Number(event.id));
    if (!own) continue;
    const value = [edgePeriod(1, Number(event.latest), 0), Number(event.importance), packed(own.topic), packed(own.actor), packed(own.country)].join("|");
    for (const dim of Object.keys(LINK_QUERIES) as (keyof typeof LINK_QUERIES)[]) {
      for (const member of own[dim]) rows[[dim, member, event.status, edgePeriod(0, Number(event.earliest), 0), Number(event.id)].join("|")] = value;
    }
  }
  return sorted(rows);
}

/** JSON text on SQLite, text[] on PostgreSQL. */
const unpack = (value: unknown) => packed(typeof value === "string" ? (JSON.parse(value) as unknown[]) : (value as unknown[]));

async function storedLinkDays(run: RawQuery): Promise<LinkDayRows> {
  const rows: LinkDayRows = {};
  for (const row of await run("SELECT * FROM event_link_days")) {
    rows[[row.dim, row.member, row.status, Number(row.first_day), Number(row.event_id)].join("|")] =
      [Number(row.last_day), Number(row.importance), unpack(row.topics), unpack(row.actors), unpack(row.countries)].join("|");
  }
  return sorted(rows);
}

const sorted = (rows: LinkDayRows) => Object.fromEntries(Object.entries(rows).sort(([a], [b]) => a.localeCompare(b)));

async function expectLinkDaysToMatchEvents(run: RawQuery = query) {
  const expected = await expectedLinkDays(run);
  expect(await storedLinkDays(run)).toEqual(expected);
  return expected;
}

const rowsOf = (rows: LinkDayRows, eventId: number) => Object.entries(rows).filter(([key]) => key.endsWith(`|${eventId}`));

setUpCountedEvents("Link Day Keeper", () => expectLinkDaysToMatchEvents());

describe("event_link_days", () => {
  it("holds one row per link of every live event after migration and seed", async () => {
    const expected = await expectLinkDaysToMatchEvents();
    expect(Object.keys(expected).length).toBeGreaterThan(20);
    // Unknown starts and ongoing ends keep event_counts' sentinels.
    expect(Object.keys(expected).some((key) => key.includes("|-100000000|"))).toBe(true);
    expect(Object.values(expected).some((value) => value.startsWith("100000000|"))).toBe(true);
  });

  it("follows events created, edited, deleted, restored and hard-deleted through the actions", async () => {
    const first = await createCounted("Daily treaty");
    const created = await expectLinkDaysToMatchEvents();
    // Two topics, one actor, two countries: five rows, each with all five links.
    expect(rowsOf(created, first.id)).toHaveLength(5);
    expect(rowsOf(created, first.id)[0]![1]).toMatch(/\|FR,MY$/);

    const edited = await updateEvent(first.id, input(first.title, {
      version: first.version,
      start: { precision: "season", value: "Summer 2025" },
      end: { precision: "ongoing" },
      importance: 5,
      status: "draft",
      topicIds: topicIds.slice(1, 3),
      actorIds: actorIds.slice(0, 3),
      countryCodes: ["MY"],
    }), editor);
    expect(edited).toMatchObject({ ok: true });
    const after = await expectLinkDaysToMatchEvents();
    expect(rowsOf(after, first.id)).toHaveLength(6);
    expect(rowsOf(after, first.id).every(([key, value]) => key.includes("|draft|") && value.startsWith("100000000|5|"))).toBe(true);

    expect(await deleteEvent(first.id, { version: first.version + 1 }, editor)).toMatchObject({ ok: true });
    expect(rowsOf(await expectLinkDaysToMatchEvents(), first.id)).toHaveLength(0);
    expect(await restoreEvent(first.id, { version: first.version + 2 }, editor)).toMatchObject({ ok: true });
    expect(rowsOf(await expectLinkDaysToMatchEvents(), first.id)).toEqual(rowsOf(after, first.id));

    const second = await createCounted("Daily summit", { start: { precision: "unknown" }, end: { precision: "ongoing" }, topicIds: [], countryCodes: [] });
    expect(rowsOf(await expectLinkDaysToMatchEvents(), second.id)).toHaveLength(1);
    await exec(`DELETE FROM events WHERE id = ${second.id}`);
    expect(rowsOf(await expectLinkDaysToMatchEvents(), second.id)).toHaveLength(0);
  });

  it("follows raw SQL on the link tables and the events: multi-row inserts, deletes, updates and moved links", async () => {
    const { a, b, c } = await writeLinksRaw("Raw day", () => expectLinkDaysToMatchEvents());

    await exec(`UPDATE events SET importance = CASE WHEN id = ${a.id} THEN 1 ELSE 3 END, status = 'published',
      earliest = CASE WHEN id = ${b.id} THEN -8.64e15 WHEN id = ${c.id} THEN ${Date.UTC(2025, 11, 31, 23)} ELSE earliest END,
      latest = CASE WHEN id = ${a.id} THEN latest + ${40 * 86_400_000} ELSE latest END
      WHERE id IN (${a.id}, ${b.id}, ${c.id})`);
    const moved = await expectLinkDaysToMatchEvents();
    expect(rowsOf(moved, c.id).every(([key]) => key.includes(`|published|${Math.floor(Date.UTC(2025, 11, 31, 23) / 86_400_000)}|`))).toBe(true);
    // Each column on its own moves the rows too.
    for (const set of [`latest = latest + ${86_400_000}`, "importance = 2", "status = 'review'", `earliest = earliest - ${86_400_000}`]) {
      await exec(`UPDATE events SET ${set} WHERE id = ${a.id}`);
      expect(await expectLinkDaysToMatchEvents()).not.toEqual(moved);
    }

    // A deleted event has no rows, whatever happens to its links, and gets them back when restored.
    await exec(`UPDATE events SET deleted_at = CURRENT_TIMESTAMP WHERE id = ${b.id}`);
    await exec(`DELETE FROM event_topics WHERE event_id = ${b.id}`);
    await exec(`INSERT INTO event_topics (event_id, topic_id) VALUES (${b.id}, ${topicIds[1]})`);
    expect(rowsOf(await expectLinkDaysToMatchEvents(), b.id)).toHaveLength(0);
    await exec(`UPDATE events SET deleted_at = NULL WHERE id = ${b.id}`);
    expect(rowsOf(await expectLinkDaysToMatchEvents(), b.id).length).toBeGreaterThan(0);
  });

  it("is rebuilt to the same rows by the loaders' rebuild", async () => {
    const before = await expectLinkDaysToMatchEvents();
    await db.$transaction(async (tx) => {
      for (const statement of rebuildEventCountsSql(dialect)) await tx.$executeRawUnsafe(statement);
    });
    expect(await storedLinkDays(query)).toEqual(before);
  });
});

describeAfterSyntheticLoad("event_link_days", 7, expectLinkDaysToMatchEvents);
