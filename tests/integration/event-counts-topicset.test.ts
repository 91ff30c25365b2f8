import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import type { Viewer } from "@/lib/domain/viewer";
import { expectedEventCounts, storedEventCounts, type RawQuery } from "./event-counts-reference";

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const exec = (sql: string) => db.$executeRawUnsafe(sql);

async function expectCountsToMatchEvents() {
  const expected = await expectedEventCounts(query);
  expect(await storedEventCounts(query)).toEqual(expected);
  return expected;
}

/** Published topic sets starting in 2031 (no reference event does), with their count of importance 3. */
async function topicSetsOf2031(): Promise<Record<string, number>> {
  const rows = await query(`SELECT member, n3 FROM event_counts
    WHERE edge = 0 AND grain = 2 AND period = 2031 AND dim = 'topicset' AND status = 'published' AND n3 <> 0`);
  return Object.fromEntries(rows.map((row) => [String(row.member), Number(row.n3)]));
}

let editor: Viewer;
/** Topic ids on both sides of 9/10, so that text order (",10,2,9,") and numeric order (",2,9,10,") differ. */
let t: { two: number; nine: number; ten: number; eleven: number; thirteen: number };
const created: number[] = [];

beforeAll(async () => {
  const email = `topicset-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: "Set Keeper", role: "reviewer", password: "integration-test-password" });
  editor = { userId: id, role: "reviewer", name: "Set Keeper", email };
  const ids = (await db.topic.findMany({ orderBy: { id: "asc" } })).map((topic) => topic.id);
  const at = (n: number) => {
    if (!ids.includes(n)) throw new Error(`The seed has no topic ${n}.`);
    return n;
  };
  t = { two: at(2), nine: at(9), ten: at(10), eleven: at(11), thirteen: at(13) };
});

afterAll(async () => {
  if (created.length) await exec(`DELETE FROM events WHERE id IN (${created.join(", ")})`);
  await expectCountsToMatchEvents();
});

async function createWithTopics(topicIds: number[], importance = 3) {
  const result = await createEvent({
    title: `Topic set ${randomUUID().slice(0, 8)}`,
    start: { precision: "year", value: "2031" },
    end: { precision: "none" },
    importance,
    status: "published",
    topicIds,
    actorIds: [],
    countryCodes: [],
    sources: [{ publisher: "AFP", url: "https://www.afp.com/" }],
  }, editor);
  if (!result.ok) throw new Error(JSON.stringify(result));
  created.push(result.data.id);
  return result.data;
}

describe("event_counts topic sets", () => {
  it("follow an event of three topics through a link insert, a delete and an UPDATE of topic_id", async () => {
    const event = await createWithTopics([t.ten, t.two, t.nine]);
    expect(await topicSetsOf2031()).toEqual({ [`,${t.two},${t.nine},${t.ten},`]: 1 });
    await expectCountsToMatchEvents();

    await exec(`INSERT INTO event_topics (event_id, topic_id) VALUES (${event.id}, ${t.thirteen})`);
    expect(await topicSetsOf2031()).toEqual({ [`,${t.two},${t.nine},${t.ten},${t.thirteen},`]: 1 });
    await expectCountsToMatchEvents();

    await exec(`DELETE FROM event_topics WHERE event_id = ${event.id} AND topic_id = ${t.nine}`);
    expect(await topicSetsOf2031()).toEqual({ [`,${t.two},${t.ten},${t.thirteen},`]: 1 });
    await expectCountsToMatchEvents();

    await exec(`UPDATE event_topics SET topic_id = ${t.eleven} WHERE event_id = ${event.id} AND topic_id = ${t.two}`);
    expect(await topicSetsOf2031()).toEqual({ [`,${t.ten},${t.eleven},${t.thirteen},`]: 1 });
    await expectCountsToMatchEvents();
  });

  it("follow multi-row statements, links moved between events, and the edit action", async () => {
    const a = await createWithTopics([t.two, t.nine], 1);
    const b = await createWithTopics([], 5);
    const c = await createWithTopics([t.ten], 2);
    await expectCountsToMatchEvents();

    // One statement adds to an event with topics, to one without, and two links to the same event.
    await exec(`INSERT INTO event_topics (event_id, topic_id) VALUES (${a.id}, ${t.ten}), (${b.id}, ${t.two}), (${c.id}, ${t.two}), (${c.id}, ${t.thirteen})`);
    await expectCountsToMatchEvents();

    // Links move from one event to another (a loses two, b gains them), then one statement renumbers two links.
    await exec(`UPDATE event_topics SET event_id = ${b.id} WHERE event_id = ${a.id} AND topic_id IN (${t.nine}, ${t.ten})`);
    await expectCountsToMatchEvents();
    await exec(`UPDATE event_topics SET topic_id = topic_id + 1 WHERE event_id = ${c.id} AND topic_id IN (${t.two}, ${t.ten})`);
    await expectCountsToMatchEvents();

    // One statement empties two events; they leave their sets and get no topicset row at all.
    await exec(`DELETE FROM event_topics WHERE event_id IN (${a.id}, ${c.id})`);
    await expectCountsToMatchEvents();

    const edited = await updateEvent(b.id, {
      title: b.title, version: b.version, start: { precision: "year", value: "2031" }, end: { precision: "none" },
      importance: 5, status: "published", topicIds: [t.thirteen, t.nine], actorIds: [], countryCodes: [],
      sources: [{ publisher: "AFP", url: "https://www.afp.com/" }],
    }, editor);
    expect(edited).toMatchObject({ ok: true });
    await expectCountsToMatchEvents();
  });
});
