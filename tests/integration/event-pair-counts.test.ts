import { describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { rebuildEventCountsSql } from "@/lib/db/event-counts-sql";
import { updateEvent } from "@/lib/actions/events/update-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import { describeAfterSyntheticLoad } from "./after-synthetic-load";
import type { RawQuery } from "./event-counts-reference";
import { expectedPairCounts, storedPairCounts } from "./event-pair-counts-reference";
import { actorIds, createCounted, editor, input, setUpCountedEvents, topicIds, writeLinksRaw } from "./counted-events";

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const exec = (sql: string) => db.$executeRawUnsafe(sql);

async function expectPairsToMatchEvents(run: RawQuery = query) {
  const expected = await expectedPairCounts(run);
  expect(await storedPairCounts(run)).toEqual(expected);
  return expected;
}

/** The all-time pairs of one entity with entities of dim2, as "member2 → n1..n5". */
function allTimePairs(rows: Record<string, string>, entity: string, dim2: string, status = "published") {
  const prefix = `${entity}|${dim2}|3|`;
  return Object.fromEntries(
    Object.entries(rows)
      .filter(([key]) => key.startsWith(prefix) && key.endsWith(`|0|${status}`))
      .map(([key, n]) => [key.slice(prefix.length, -`|0|${status}`.length), n]),
  );
}

setUpCountedEvents("Pair Keeper", () => expectPairsToMatchEvents());

describe("event_pair_counts", () => {
  it("holds the reference events right after migration and seed: an entity's self pair is its event count", async () => {
    const expected = await expectPairsToMatchEvents();
    const keys = Object.keys(expected);
    expect(keys.some((key) => /^country\|[A-Z]{2}\|topicset\|1\|,\d+(,\d+)+,\|/.test(key))).toBe(true);
    expect(keys.some((key) => key.includes("|1|") && key.includes("|-100000000|"))).toBe(true);

    const [row] = await query("SELECT country_code AS code, count(*) AS n FROM event_countries c JOIN events e ON e.id = c.event_id WHERE e.deleted_at IS NULL AND e.status = 'published' GROUP BY country_code ORDER BY count(*) DESC LIMIT 1");
    const self = allTimePairs(expected, `country|${row!.code}`, "country")[String(row!.code)]!;
    expect(self.split(",").map(Number).reduce((a, b) => a + b)).toBe(Number(row!.n));
  });

  it("follows events created, edited, deleted, restored and hard-deleted through the actions", async () => {
    const first = await createCounted("Paired treaty");
    const afterCreate = await expectPairsToMatchEvents();
    expect(allTimePairs(afterCreate, "country|MY", "country")).toHaveProperty("FR");
    const second = await createCounted("Paired summit", { start: { precision: "unknown" }, end: { precision: "ongoing" }, topicIds: [], countryCodes: [] });
    const withoutTopics = await expectPairsToMatchEvents();
    expect(withoutTopics).toHaveProperty([`actor|${actorIds[0]}|topic|1|_none|-100000000|published`]);

    const edited = await updateEvent(first.id, input(first.title, {
      version: first.version,
      start: { precision: "season", value: "Summer 2025" },
      end: { precision: "year", value: "2027" },
      importance: 5,
      status: "draft",
      topicIds: topicIds.slice(1, 3),
      actorIds: actorIds.slice(0, 3),
      countryCodes: ["MY"],
    }), editor);
    expect(edited).toMatchObject({ ok: true });
    await expectPairsToMatchEvents();

    expect(await updateEvent(second.id, input(second.title, { version: second.version, topicIds, actorIds, countryCodes: ["CN"] }), editor)).toMatchObject({ ok: true });
    await expectPairsToMatchEvents();

    const before = await storedPairCounts(query);
    expect(await deleteEvent(first.id, { version: first.version + 1 }, editor)).toMatchObject({ ok: true });
    await expectPairsToMatchEvents();
    expect(await storedPairCounts(query)).not.toEqual(before);
    expect(await restoreEvent(first.id, { version: first.version + 2 }, editor)).toMatchObject({ ok: true });
    expect(await expectPairsToMatchEvents()).toEqual(before);

    await exec(`DELETE FROM events WHERE id = ${second.id}`);
    await expectPairsToMatchEvents();
  });

  it("follows raw SQL on the link tables: multi-row inserts, deletes, updates and moved links", async () => {
    const { a, b } = await writeLinksRaw("Raw pair", () => expectPairsToMatchEvents());
    // The same links removed and added back by one statement (PostgreSQL's transition tables see both, the counts
    // must not move).
    const before = await storedPairCounts(query);
    await exec(`UPDATE event_topics SET topic_id = topic_id, event_id = event_id WHERE event_id IN (${a.id}, ${b.id})`);
    expect(await expectPairsToMatchEvents()).toEqual(before);

    // A deleted event counts nowhere, whatever happens to its links.
    await exec(`UPDATE events SET deleted_at = CURRENT_TIMESTAMP WHERE id = ${b.id}`);
    await exec(`DELETE FROM event_topics WHERE event_id = ${b.id}`);
    await exec(`INSERT INTO event_topics (event_id, topic_id) VALUES (${b.id}, ${topicIds[1]})`);
    await expectPairsToMatchEvents();
    await exec(`UPDATE events SET deleted_at = NULL WHERE id = ${b.id}`);
    await expectPairsToMatchEvents();
  });

  it("follows status, importance and date changes, to an unknown start too, in one multi-row statement", async () => {
    const a = await createCounted("Dated pair one");
    const b = await createCounted("Dated pair two", { start: { precision: "year", value: "2019" }, end: { precision: "none" } });
    const c = await createCounted("Dated pair three", { status: "draft", importance: 1 });
    await exec(`UPDATE events SET importance = CASE WHEN id = ${a.id} THEN 1 ELSE 3 END, status = 'published',
      earliest = CASE WHEN id = ${b.id} THEN -8.64e15 WHEN id = ${c.id} THEN ${Date.UTC(2025, 11, 31, 23)} ELSE earliest END
      WHERE id IN (${a.id}, ${b.id}, ${c.id})`);
    const after = await expectPairsToMatchEvents();
    expect(Object.keys(after).some((key) => key.startsWith(`actor|${actorIds[0]}|topic|2|`) && key.includes("|-100000000|published"))).toBe(true);
    expect(Object.keys(after).some((key) => key.startsWith(`actor|${actorIds[0]}|topic|1|`) && key.includes(`|${2025 * 12 + 11}|published`))).toBe(true);
    // The last day counts too: forty days later moves the end rows (grains 4 and 5) to another month.
    await exec(`UPDATE events SET latest = latest + ${40 * 86_400_000} WHERE id IN (${a.id}, ${b.id})`);
    const later = await expectPairsToMatchEvents();
    expect(Object.keys(later).filter((key) => /\|topic\|4\|/.test(key))).not.toEqual(Object.keys(after).filter((key) => /\|topic\|4\|/.test(key)));
    // Ongoing: the end rows go to period 100000000 and the ('end', 'ongoing') rows appear.
    await exec(`UPDATE events SET latest = 8.64e15 WHERE id = ${b.id}`);
    const ongoing = await expectPairsToMatchEvents();
    expect(ongoing[`actor|${actorIds[0]}|end|2|ongoing|-100000000|published`]).toBeDefined();
    expect(Object.keys(ongoing).some((key) => key.startsWith(`actor|${actorIds[0]}|topic|5|`) && key.includes("|100000000|published"))).toBe(true);
  });

  it("is rebuilt to the same rows by the loaders' rebuild", async () => {
    const before = await expectPairsToMatchEvents();
    await db.$transaction(async (tx) => {
      for (const statement of rebuildEventCountsSql(dialect)) await tx.$executeRawUnsafe(statement);
    });
    expect(await storedPairCounts(query)).toEqual(before);
  });
});

describeAfterSyntheticLoad("event_pair_counts", 6, expectPairsToMatchEvents);
