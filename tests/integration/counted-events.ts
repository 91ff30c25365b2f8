import { randomUUID } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import type { Viewer } from "@/lib/domain/viewer";

/** Events written through the actions by one reviewer (who may publish), for the tests that recount the count tables after each write. */
export let editor: Viewer;
export let topicIds: number[];
export let actorIds: number[];
const created: number[] = [];

/**
 * Signs up the editor and picks three topics and actors before the file's tests; after them, hard-deletes what
 * they added (the database is shared with the other test files, and the triggers follow) and checks the counts.
 */
export function setUpCountedEvents(name: string, checkAfterwards: () => Promise<unknown>) {
  beforeAll(async () => {
    const email = `${name.toLowerCase().replaceAll(" ", "-")}-${randomUUID()}@chronicle.test`;
    // A reviewer: the counted events are published, and only reviewers and admins publish.
    const { id } = await createUserWithPassword({ email, name, role: "reviewer", password: "integration-test-password" });
    editor = { userId: id, role: "reviewer", name, email };
    topicIds = (await db.topic.findMany({ orderBy: { id: "asc" }, take: 3 })).map((t) => t.id);
    actorIds = (await db.actor.findMany({ orderBy: { id: "asc" }, take: 3 })).map((a) => a.id);
  });
  afterAll(async () => {
    if (created.length) await db.$executeRawUnsafe(`DELETE FROM events WHERE id IN (${created.join(", ")})`);
    await checkAfterwards();
  });
}

export const input = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  start: { precision: "day", value: "1969-12-31" },
  end: { precision: "month", value: "1970-02" },
  importance: 2,
  status: "published",
  topicIds: topicIds.slice(0, 2),
  actorIds: actorIds.slice(0, 1),
  countryCodes: ["FR", "MY"],
  sources: [{ publisher: "AFP", url: "https://www.afp.com/" }],
  ...extra,
});

export async function createCounted(title: string, extra: Record<string, unknown> = {}) {
  const result = await createEvent(input(`${title} ${randomUUID().slice(0, 8)}`, extra), editor);
  if (!result.ok) throw new Error(JSON.stringify(result));
  created.push(result.data.id);
  return result.data;
}

/**
 * Raw SQL on the link tables of three new events (b without topics, c a draft), with `check` after each step:
 * multi-row inserts, deletes, then one link renamed and every country of c moved to a.
 */
export async function writeLinksRaw(label: string, check: () => Promise<unknown>) {
  const exec = (sql: string) => db.$executeRawUnsafe(sql);
  const a = await createCounted(`${label} one`);
  const b = await createCounted(`${label} two`, { importance: 4, topicIds: [] });
  const c = await createCounted(`${label} three`, { status: "draft" });

  await exec(`INSERT INTO event_topics (event_id, topic_id) VALUES (${a.id}, ${topicIds[2]}), (${b.id}, ${topicIds[2]}), (${b.id}, ${topicIds[0]})`);
  await exec(`INSERT INTO event_actors (event_id, actor_id) VALUES (${a.id}, ${actorIds[1]}), (${c.id}, ${actorIds[2]})`);
  await check();

  await exec(`DELETE FROM event_actors WHERE event_id IN (${a.id}, ${b.id})`);
  await exec(`DELETE FROM event_countries WHERE event_id = ${c.id} AND country_code = 'FR' OR event_id = ${a.id}`);
  await check();

  await exec(`UPDATE event_topics SET topic_id = ${topicIds[2]} WHERE event_id = ${c.id} AND topic_id = ${topicIds[0]}`);
  await exec(`UPDATE event_countries SET event_id = ${a.id} WHERE event_id = ${c.id}`);
  await check();
  return { a, b, c };
}
