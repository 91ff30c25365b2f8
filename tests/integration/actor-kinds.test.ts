import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filterFromQuery } from "../support/filter-from-query";
import { db } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { ACTOR_KIND_LABELS, type ActorKind } from "@/lib/domain/event-vocabulary";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import { findEvents } from "@/lib/queries/find-events";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { LIMITS } from "@/lib/timeline/window-math";

let editor: Viewer;
const createdActors: number[] = [];
const createdEvents: number[] = [];

/** event_actor_kinds as the triggers keep it, and as it should be from event_actors and actors. */
async function kindRows(): Promise<{ kept: string[]; expected: string[] }> {
  const kept = await readSql<{ event_id: number | bigint; kind: string }[]>`SELECT event_id, kind FROM event_actor_kinds`;
  const expected = await readSql<{ event_id: number | bigint; kind: string }[]>`
    SELECT DISTINCT ea.event_id AS event_id, a.kind AS kind FROM event_actors ea JOIN actors a ON a.id = ea.actor_id`;
  const key = (row: { event_id: number | bigint; kind: string }) => `${Number(row.event_id)}:${row.kind}`;
  return { kept: kept.map(key).sort(), expected: expected.map(key).sort() };
}

beforeAll(async () => {
  const email = `kinds-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: "Kind Editor", role: "reviewer", password: "integration-test-password" });
  editor = { userId: id, role: "reviewer", name: "Kind Editor", email };
});

afterAll(async () => {
  await db.event.deleteMany({ where: { id: { in: createdEvents } } });
  await db.actor.deleteMany({ where: { id: { in: createdActors } } });
});

describe("the actor-kind facet", () => {
  it("names every kind the app knows, as the app names it", async () => {
    const rows = await db.actorKind.findMany({ orderBy: { kind: "asc" } });
    expect(Object.fromEntries(rows.map((row) => [row.kind, row.name]))).toEqual(ACTOR_KIND_LABELS);
  });

  it("keeps each event's kinds exact through link edits, kind changes and deletion", async () => {
    const suffix = randomUUID().slice(0, 8);
    const [bank, company] = await Promise.all([
      db.actor.create({ data: { slug: `kind-bank-${suffix}`, name: `Kind Bank ${suffix}`, kind: "central_bank" } }),
      db.actor.create({ data: { slug: `kind-firm-${suffix}`, name: `Kind Firm ${suffix}`, kind: "company" } }),
    ]);
    createdActors.push(bank.id, company.id);
    const input = { title: `Kinds ${suffix}`, start: { precision: "month", value: "2019-07" }, status: "published", actorIds: [bank.id, company.id] };
    const created = await createEvent(input, editor);
    if (!created.ok) throw new Error(created.message);
    createdEvents.push(created.data.id);
    const kindsOf = async () =>
      (await readSql<{ kind: string }[]>`SELECT kind FROM event_actor_kinds WHERE event_id = ${created.data.id} ORDER BY kind`).map((row) => row.kind);

    expect(await kindsOf()).toEqual(["central_bank", "company"]);
    const updated = await updateEvent(created.data.id, { ...input, actorIds: [bank.id], version: created.data.version }, editor);
    if (!updated.ok) throw new Error(updated.message);
    expect(await kindsOf()).toEqual(["central_bank"]);
    await db.actor.update({ where: { id: bank.id }, data: { kind: "government" } });
    expect(await kindsOf()).toEqual(["government"]);
    const rows = await kindRows();
    expect(rows.kept).toEqual(rows.expected);
    await db.event.delete({ where: { id: created.data.id } });
    expect(await kindsOf()).toEqual([]);
  });

  it("filters the table, lanes the timeline and counts the dashboard by the kinds of an event's actors", async () => {
    const everything = await findEvents({ filter: await filterFromQuery(""), viewer: ANONYMOUS, pageSize: 100 });
    expect(everything.total).toBeLessThanOrEqual(100);
    const byKind = new Map<ActorKind, string[]>();
    for (const event of everything.rows) {
      for (const kind of new Set(event.actors.map((actor) => actor.kind))) byKind.set(kind, [...(byKind.get(kind) ?? []), event.slug]);
    }
    expect(byKind.get("central_bank")?.length).toBeGreaterThan(0);

    for (const [kind, slugs] of byKind) {
      const filter = await filterFromQuery(`actor_kind=${kind}`);
      const listed = await findEvents({ filter, viewer: ANONYMOUS, pageSize: 100 });
      expect(listed.rows.map((row) => row.slug).sort(), kind).toEqual([...slugs].sort());
      expect((await getDashboardStats({ filter, viewer: ANONYMOUS })).headline.counts.events, kind).toBe(slugs.length);
    }

    const timeline = await getTimelineWindow({ filter: await filterFromQuery(""), viewer: ANONYMOUS, window: LIMITS, groupBy: "actor_kind" });
    const lanes = Object.fromEntries(timeline.lanes.map((lane) => [lane.key, lane.count]));
    for (const [kind, slugs] of byKind) expect(lanes[kind], kind).toBe(slugs.length);
    expect(timeline.lanes.find((lane) => lane.key === "central_bank")?.label).toBe("Central bank");
    const withoutActors = everything.rows.filter((event) => event.actors.length === 0).length;
    if (withoutActors) expect(lanes._none).toBe(withoutActors);
  });

  it("answers an unknown kind with a message naming the kinds", async () => {
    const { loadEventFilter } = await import("@/lib/queries/load-event-filter");
    const loaded = await loadEventFilter(new URLSearchParams("actor_kind=wizard"));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors[0]).toMatchObject({ param: "actor_kind", message: expect.stringContaining("central_bank") });
  });
});
