import { afterAll, describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { rebuildEventCountsSql } from "@/lib/db/event-counts-sql";
import { updateEvent } from "@/lib/actions/events/update-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import { dropDatabase, testDatabaseUrl } from "../support/test-database";
import { countPeriod, edgePeriod, expectedEventCounts, storedEventCounts, type RawQuery } from "./event-counts-reference";
import { openRawDatabase } from "./open-raw-database";
import { loadSyntheticDatabase } from "./load-synthetic-database";
import { actorIds, createCounted, editor, input, setUpCountedEvents, topicIds } from "./counted-events";

// Date.UTC reads years below 100 as 19xx.
const YEAR_1 = -62_135_596_800_000;
const YEAR_0 = -62_167_219_200_000;

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const exec = (sql: string) => db.$executeRawUnsafe(sql);

async function expectCountsToMatchEvents(run: RawQuery = query) {
  const expected = await expectedEventCounts(run);
  expect(await storedEventCounts(run)).toEqual(expected);
  // Not even emptied ones: actor days are counted from the events.
  expect(await run("SELECT 1 FROM event_counts WHERE grain = 0 AND dim = 'actor' LIMIT 1")).toEqual([]);
  return expected;
}

setUpCountedEvents("Count Keeper", () => expectCountsToMatchEvents());

describe("the reference periods", () => {
  it("floor days before 1970 and read months and years in UTC, sentinels apart", () => {
    expect(countPeriod(Date.UTC(1969, 11, 31), 0)).toBe(-1);
    expect(countPeriod(Date.UTC(1970, 0, 1), 0)).toBe(0);
    expect(countPeriod(Date.UTC(2025, 5, 27), 1)).toBe(2025 * 12 + 5);
    expect(countPeriod(Date.UTC(2025, 5, 27), 2)).toBe(2025);
    expect(countPeriod(YEAR_1, 1)).toBe(12);
    expect(countPeriod(YEAR_0, 2)).toBe(0);
    expect(countPeriod(Date.UTC(10000, 0, 1), 1)).toBe(120_000);
    expect(countPeriod(-8.64e15, 1)).toBe(-100_000_000);
    expect(countPeriod(8.64e15, 0)).toBe(100_000_000);
    expect(countPeriod(8.64e15, 3)).toBe(0);
    expect(countPeriod(Date.UTC(2025, 5, 27), 3)).toBe(0);
  });

  it("put an end at the event's last day, 1 ms before the exclusive latest, sentinels apart", () => {
    const newYear2020 = Date.UTC(2020, 0, 1);
    expect(edgePeriod(0, newYear2020, 0)).toBe(Date.UTC(2020, 0, 1) / 86_400_000);
    expect(edgePeriod(1, newYear2020, 0)).toBe(Date.UTC(2019, 11, 31) / 86_400_000);
    expect(edgePeriod(1, newYear2020, 1)).toBe(2019 * 12 + 11);
    expect(edgePeriod(1, newYear2020, 2)).toBe(2019);
    expect(edgePeriod(1, 8.64e15, 0)).toBe(100_000_000);
    expect(edgePeriod(1, 8.64e15, 2)).toBe(100_000_000);
    expect(edgePeriod(1, 8.64e15, 3)).toBe(0);
    expect(edgePeriod(1, -8.64e15, 1)).toBe(-100_000_000);
  });
});

describe("event_counts", () => {
  it("holds the reference events right after migration and seed, unknown starts and ongoing ends included", async () => {
    const expected = await expectCountsToMatchEvents();
    const keys = Object.keys(expected);
    expect(keys.some((key) => key.startsWith("0|2|-100000000|all|"))).toBe(true);
    expect(keys.some((key) => key.startsWith("1|0|100000000|all|"))).toBe(true);
    expect(keys.filter((key) => key.startsWith("0|1|")).length).toBeGreaterThan(5);
    expect(keys.some((key) => key.startsWith("0|3|0|all||published"))).toBe(true);
    expect(keys.some((key) => /^0\|0\|[^|]+\|topicset\|,\d+(,\d+)+,\|/.test(key))).toBe(true);
    expect(keys.some((key) => key.startsWith("0|1|") && key.includes("|actor|"))).toBe(true);
  });

  it("follows events created, edited, deleted and restored through the actions", async () => {
    const first = await createCounted("Counted treaty");
    await expectCountsToMatchEvents();
    const second = await createCounted("Counted summit", { start: { precision: "unknown" }, end: { precision: "ongoing" }, topicIds: [], countryCodes: [] });
    await expectCountsToMatchEvents();

    const edited = await updateEvent(first.id, input(first.title, {
      version: first.version,
      start: { precision: "season", value: "Summer 2025" },
      end: { precision: "year", value: "2027" },
      importance: 5,
      status: "draft",
      topicIds: topicIds.slice(1, 3),
      actorIds: [],
      countryCodes: ["MY"],
    }), editor);
    expect(edited).toMatchObject({ ok: true });
    await expectCountsToMatchEvents();

    expect(await updateEvent(second.id, input(second.title, { version: second.version, topicIds, actorIds, countryCodes: ["CN"] }), editor)).toMatchObject({ ok: true });
    await expectCountsToMatchEvents();

    const before = await storedEventCounts(query);
    expect(await deleteEvent(first.id, { version: first.version + 1 }, editor)).toMatchObject({ ok: true });
    await expectCountsToMatchEvents();
    expect(await storedEventCounts(query)).not.toEqual(before);
    expect(await restoreEvent(first.id, { version: first.version + 2 }, editor)).toMatchObject({ ok: true });
    expect(await expectCountsToMatchEvents()).toEqual(before);
  });

  it("counts an event ending at a year boundary at its last day: day 2019-12-31, December 2019, 2019", async () => {
    const before = await storedEventCounts(query);
    const event = await createCounted("Counted year", { start: { precision: "year", value: "2019" }, end: { precision: "none" } });
    const { latest } = await db.event.findUniqueOrThrow({ where: { id: event.id }, select: { latest: true } });
    expect(latest).toBe(Date.UTC(2020, 0, 1));
    const after = await expectCountsToMatchEvents();
    const changed = (suffix: string) =>
      Object.keys(after).filter((key) => key.startsWith("1|") && key.endsWith(suffix) && after[key] !== before[key]).sort();
    const lastDay = Date.UTC(2019, 11, 31) / 86_400_000;
    expect(changed("|all||published")).toEqual(
      [`1|0|${lastDay}|all||published`, `1|1|${2019 * 12 + 11}|all||published`, "1|2|2019|all||published", "1|3|0|all||published"].sort(),
    );
    const set = `,${topicIds.slice(0, 2).join(",")},`;
    expect(changed(`|topicset|${set}|published`)).toEqual(
      [`1|0|${lastDay}|topicset|${set}|published`, `1|1|${2019 * 12 + 11}|topicset|${set}|published`, `1|2|2019|topicset|${set}|published`, `1|3|0|topicset|${set}|published`].sort(),
    );
    // Actors have no day rows: their month is December 2019 too.
    expect(changed(`|actor|${actorIds[0]}|published`)).toEqual(
      [`1|1|${2019 * 12 + 11}|actor|${actorIds[0]}|published`, `1|2|2019|actor|${actorIds[0]}|published`, `1|3|0|actor|${actorIds[0]}|published`].sort(),
    );
  });

  it("follows raw SQL: a multi-row update, link changes and a hard delete", async () => {
    const a = await createCounted("Raw one");
    const b = await createCounted("Raw two", { importance: 4 });
    const c = await createCounted("Raw three", { status: "draft" });

    // One statement, several rows, with bounds at the edges of the calendar: year 1 to 9999 (which ends in
    // 10000), and c. year 1 to c. 9999 (year 0 to the end of 10000).
    await exec(`UPDATE events SET importance = CASE WHEN id = ${a.id} THEN 1 ELSE 3 END, status = 'published',
      earliest = CASE WHEN id = ${b.id} THEN ${YEAR_1} WHEN id = ${c.id} THEN ${YEAR_0} ELSE earliest END,
      latest = CASE WHEN id = ${b.id} THEN ${Date.UTC(10000, 0, 1)} WHEN id = ${c.id} THEN ${Date.UTC(10001, 0, 1)} ELSE latest END
      WHERE id IN (${a.id}, ${b.id}, ${c.id})`);
    await expectCountsToMatchEvents();

    await exec(`INSERT INTO event_topics (event_id, topic_id) VALUES (${a.id}, ${topicIds[2]}), (${b.id}, ${topicIds[2]})`);
    await exec(`DELETE FROM event_actors WHERE event_id IN (${a.id}, ${b.id})`);
    await exec(`DELETE FROM event_countries WHERE event_id = ${c.id} AND country_code = 'FR' OR event_id = ${a.id}`);
    await expectCountsToMatchEvents();

    await exec(`UPDATE event_topics SET topic_id = ${topicIds[2]} WHERE event_id = ${c.id} AND topic_id = ${topicIds[0]}`);
    await exec(`UPDATE event_countries SET event_id = ${a.id} WHERE event_id = ${c.id}`);
    await exec(`INSERT INTO event_actors (event_id, actor_id) VALUES (${a.id}, ${actorIds[1]})`);
    await expectCountsToMatchEvents();

    // A deleted event counts nowhere, whatever happens to its links.
    await exec(`UPDATE events SET deleted_at = CURRENT_TIMESTAMP WHERE id = ${b.id}`);
    await exec(`DELETE FROM event_topics WHERE event_id = ${b.id}`);
    await exec(`INSERT INTO event_topics (event_id, topic_id) VALUES (${b.id}, ${topicIds[0]})`);
    await expectCountsToMatchEvents();

    // The links go by cascade; the counts must not subtract them twice.
    await exec(`DELETE FROM events WHERE id IN (${a.id}, ${c.id})`);
    expect(await db.eventTopic.count({ where: { eventId: { in: [a.id, c.id] } } })).toBe(0);
    await expectCountsToMatchEvents();
  });

  it("is rebuilt to the same rows by the loaders' rebuild", async () => {
    const before = await expectCountsToMatchEvents();
    await db.$transaction(async (tx) => {
      for (const statement of rebuildEventCountsSql(dialect)) await tx.$executeRawUnsafe(statement);
    });
    expect(await storedEventCounts(query)).toEqual(before);
  });
});

describe("event_counts after a synthetic bulk load", () => {
  const url = testDatabaseUrl("counts");
  afterAll(() => dropDatabase(url));

  it("equals the reference, and the triggers work again afterwards", { timeout: 120_000 }, async () => {
    const events = await loadSyntheticDatabase(url, { seed: 5, count: 400, firstBatch: 250 });

    const raw = await openRawDatabase(url);
    try {
      const expected = await expectCountsToMatchEvents(raw.query);
      expect(Object.keys(expected).length).toBeGreaterThan(1000);
      const triggers = dialect === "sqlite"
        ? await raw.query("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'event_counts_%'")
        : await raw.query("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'event_counts_%' AND tgenabled = 'O'");
      // event_counts' 12, event_pair_counts' 12 (event_counts_pairs_*) and event_link_days' 12 (event_counts_days_*):
      // the loaders switch all of them off.
      expect(triggers).toHaveLength(36);

      const [first, second] = events;
      await raw.query(`UPDATE events SET importance = 5, latest = latest + 86400000 WHERE id IN (${first!.id}, ${second!.id})`);
      await raw.query(`DELETE FROM event_topics WHERE event_id = ${first!.id}`);
      await expectCountsToMatchEvents(raw.query);
    } finally {
      await raw.close();
    }
  });
});
