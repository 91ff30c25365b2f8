import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { purgeEvent } from "@/lib/actions/events/purge-event";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import { DELETE as deleteEventRoute } from "@/app/api/v1/events/[id]/route";
import { EMPTY_AUDIT_FILTER } from "@/lib/audit/audit-filter";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import type { Role } from "@/lib/domain/roles";
import { listAuditPage } from "@/lib/queries/audit/list-audit-page";
import { countMatchingEvents } from "@/lib/queries/count-matching-events";
import { countFromEvents, planCount } from "@/lib/queries/counts/plan-count";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { listDeletedEvents } from "@/lib/queries/list-deleted-events";
import { currentMatrix } from "@/lib/queries/matrix/matrix-source";
import { filterFromQuery } from "../support/filter-from-query";
import { routeParams, routeRequest, signInAs } from "../support/route-request";
import { createCounted, setUpCountedEvents, topicIds } from "./counted-events";
import { expectedEventCounts, storedEventCounts, type RawQuery } from "./event-counts-reference";
import { expectedPairCounts, storedPairCounts } from "./event-pair-counts-reference";

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const EDITOR: Viewer = { userId: "purge-test", role: "editor" };

async function expectCountTablesToMatchEvents() {
  expect(await storedEventCounts(query)).toEqual(await expectedEventCounts(query));
  expect(await storedPairCounts(query)).toEqual(await expectedPairCounts(query));
}

/** Shapes the count tables answer and shapes only the event matrix answers: each planned, then counted in SQL. */
async function expectPlannedCountsToMatchEvents(queries: string[]) {
  for (const text of queries) {
    const filter = await filterFromQuery(text);
    for (const viewer of [ANONYMOUS, EDITOR]) {
      expect(await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY), text).toEqual(await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY, countFromEvents));
      expect(await getDashboardStats({ filter, viewer }), text).toEqual(await getDashboardStats({ filter, viewer, planner: countFromEvents }));
    }
  }
}

async function rowsOf(table: string, column: string, id: number): Promise<number> {
  const rows = await query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${column} = ${id}`);
  return Number(rows[0]!.n);
}

/** Whether the full-text index holds the event: FTS5 a row under its id, PostgreSQL a row in each of two tables. */
async function isIndexed(id: number, word: string): Promise<boolean> {
  if (dialect === "postgres") return (await rowsOf("event_search", "event_id", id)) + (await rowsOf("event_search_fields", "event_id", id)) > 0;
  const rows = await query(`SELECT COUNT(*) AS n FROM event_search WHERE event_search MATCH '"${word}"' AND rowid = ${id}`);
  return Number(rows[0]!.n) > 0;
}

async function makeViewer(role: Role): Promise<Viewer> {
  const email = `purge-${role}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: `Purge ${role}`, role, password: "integration-test-password" });
  return { userId: id, role, name: `Purge ${role}`, email };
}

let admin: Viewer;

setUpCountedEvents("Purge Keeper", expectCountTablesToMatchEvents);

beforeAll(async () => {
  admin = await makeViewer("admin");
  // Loaded before the writes, so that it must follow them through the change log.
  expect(await currentMatrix()).not.toBeNull();
});

/** Moves a counted event (topics, an actor, countries, a source) to the trash: version 2 there. */
async function trash<T extends { id: number; version: number }>(event: T, by: Viewer = admin): Promise<T> {
  expect(await deleteEvent(event.id, { version: event.version }, by, "form")).toMatchObject({ ok: true, data: { version: 2 } });
  return { ...event, version: 2 };
}

const trashed = async (title: string, extra: Record<string, unknown> = {}) => trash(await createCounted(title, extra));

describe("purgeEvent", () => {
  it("is for admins only: signed out is unauthenticated, every other role forbidden", async () => {
    const event = await trashed("Purge roles");
    expect(await purgeEvent(event.id, { version: 2 }, ANONYMOUS)).toMatchObject({ ok: false, code: "unauthenticated", message: "Sign in to purge events." });
    for (const role of ["viewer", "editor", "reviewer"] as const) {
      expect(await purgeEvent(event.id, { version: 2 }, await makeViewer(role)), role).toMatchObject({ ok: false, code: "forbidden", message: "Only admins can purge events." });
    }
    expect(await db.event.count({ where: { id: event.id } })).toBe(1);
    expect(await purgeEvent(event.id, { version: 2 }, admin)).toMatchObject({ ok: true, data: { id: event.id, version: 2 } });
    expect(await db.event.count({ where: { id: event.id } })).toBe(0);
    expect(await purgeEvent(event.id, { version: 2 }, admin)).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses an event that is not in the trash, a missing version and a stale one", async () => {
    const live = await createCounted("Purge live");
    expect(await purgeEvent(live.id, { version: 1 }, admin)).toEqual({
      ok: false,
      code: "invalid_input",
      message: `“${live.title}” is not in the trash: only deleted events can be purged. Delete it first.`,
    });
    expect(await purgeEvent(live.id, {}, admin)).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { version: [expect.any(String)] } });

    const event = await trashed("Purge stale");
    expect(await restoreEvent(event.id, { version: 2 }, admin)).toMatchObject({ ok: true });
    expect(await deleteEvent(event.id, { version: 3 }, admin)).toMatchObject({ ok: true });
    // The trash showed version 2; it was restored and deleted again since.
    const stale = await purgeEvent(event.id, { version: 2 }, admin);
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { id: event.id, version: 4, deletedAt: expect.any(String) } });
    expect(!stale.ok && stale.message).toContain("Nothing was purged");
    expect(await db.event.count({ where: { id: event.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { eventId: event.id, action: "event.purge" } })).toBe(0);
  });

  it("leaves every count right: the count tables, the event matrix, the search index and the derived link tables", async () => {
    const word = `purgeword${randomBytes(4).toString("hex")}`;
    const topic = await db.topic.findUniqueOrThrow({ where: { id: topicIds[0]! }, select: { slug: true } });
    const queries = ["", `topic=${topic.slug}`, "country=MY", `topic=${topic.slug}&country=FR`, "country=FR&from=1969&importance=2", `q=${word}`, "actor_kind=government&from=1969&to=1970"];
    await expectPlannedCountsToMatchEvents(queries);

    // Two facets at once: only the event matrix counts that shape, so the checks below reach it.
    expect(planCount(await filterFromQuery(`topic=${topic.slug}&country=FR`), ANONYMOUS, "dashboard").table).toBe("event_matrix");
    const other = await createCounted("Purge neighbour");
    const live = await createCounted(`Purge counted ${word}`, { relations: [{ type: "follows", targetId: other.id }] });
    const child = await createCounted("Purge child", { parentId: live.id, relations: [{ type: "outcome_of", targetId: live.id }] });
    const event = await trash(live);
    await expectCountTablesToMatchEvents();
    expect(await isIndexed(event.id, word)).toBe(true);
    const before = await storedEventCounts(query);
    const { seq } = (await query("SELECT MAX(seq) AS seq FROM event_changes"))[0] as { seq: number };

    expect(await purgeEvent(event.id, { version: 2 }, admin)).toMatchObject({ ok: true });

    // Deleted events count nowhere, so the purge changes no count; every derived table forgets the event.
    expect(await storedEventCounts(query)).toEqual(before);
    await expectCountTablesToMatchEvents();
    await expectPlannedCountsToMatchEvents(queries);
    for (const [table, column] of [
      ["sources", "event_id"],
      ["event_topics", "event_id"],
      ["event_actors", "event_id"],
      ["event_countries", "event_id"],
      ["event_relations", "from_id"],
      ["event_relations", "to_id"],
      ["event_revisions", "event_id"],
      ["event_actor_kinds", "event_id"],
      ["event_link_days", "event_id"],
    ] as const) {
      expect(await rowsOf(table, column, event.id), `${table}.${column}`).toBe(0);
    }
    expect(await isIndexed(event.id, word)).toBe(false);
    // The matrix of every app instance hears of it through the change log.
    expect(await query(`SELECT event_id FROM event_changes WHERE seq > ${Number(seq)} AND event_id = ${event.id}`)).not.toEqual([]);
    expect(await db.event.findUniqueOrThrow({ where: { id: child.id }, select: { parentId: true } })).toEqual({ parentId: null });
    expect((await listDeletedEvents()).events.map((e) => e.id)).not.toContain(event.id);
  });

  it("keeps the event's last state in its audit entry, and the entries before it", async () => {
    const other = await createCounted("Purge target");
    const live = await createCounted("Purge kept", { summary: "What it was", relations: [{ type: "context_for", targetId: other.id }] });
    const citing = await createCounted("Purge citing", { relations: [{ type: "follows", targetId: live.id }] });
    const event = await trash(live);
    const revision = await db.eventRevision.findUniqueOrThrow({ where: { eventId_version: { eventId: event.id, version: 2 } } });

    expect(await purgeEvent(event.id, { version: 2 }, admin, "form")).toMatchObject({ ok: true });

    const entries = await db.auditEntry.findMany({ where: { eventId: event.id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual(["event.create", "event.delete", "event.purge"]);
    const purge = entries.at(-1)!;
    expect(purge).toMatchObject({ actorId: admin.userId, actorEmail: admin.email });
    const detail = JSON.parse(purge.detail!);
    expect(detail).toEqual({
      title: event.title,
      version: 2,
      via: "form",
      state: JSON.parse(revision.state),
      incoming: [{ fromId: citing.id, type: "follows" }],
    });
    expect(detail.state).toMatchObject({ title: event.title, summary: "What it was", relations: [{ type: "context_for", targetId: other.id }], deletedAt: expect.any(String) });
    expect(detail.state.sources).toEqual([expect.objectContaining({ publisher: "AFP", url: "https://www.afp.com/" })]);

    const page = await listAuditPage({ ...EMPTY_AUDIT_FILTER, eventId: event.id }, null);
    expect(page.entries.map((entry) => [entry.action, entry.event])).toEqual([
      ["event.purge", { id: event.id, title: event.title, state: "purged" }],
      ["event.delete", { id: event.id, title: event.title, state: "purged" }],
      ["event.create", { id: event.id, title: event.title, state: "purged" }],
    ]);
  });

  it("answers DELETE /api/v1/events/:id?purge=1&version=N: 200 for an admin, 403 for an editor, 400 for a bad flag", async () => {
    const event = await trashed("Purge route");
    const [asAdmin, asEditor] = await Promise.all([signInAs("admin", "Route Admin"), signInAs("editor", "Route Editor")]);
    const remove = (cookie: string, query: string) =>
      deleteEventRoute(routeRequest("DELETE", `/api/v1/events/${event.id}${query}`, { cookie }), routeParams({ id: String(event.id) }));

    expect((await remove(asAdmin.cookie, "?purge=yes&version=2")).status).toBe(400);
    const refused = await remove(asEditor.cookie, "?purge=1&version=2");
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatchObject({ code: "forbidden" });
    expect((await remove(asAdmin.cookie, "?purge=1&version=1")).status).toBe(409);
    const purged = await remove(asAdmin.cookie, "?purge=1&version=2");
    expect(purged.status).toBe(200);
    expect((await purged.json()).data).toMatchObject({ id: event.id, title: event.title });
    expect(await db.event.count({ where: { id: event.id } })).toBe(0);
    expect(await db.auditEntry.findFirst({ where: { eventId: event.id, action: "event.purge" } })).toMatchObject({ actorId: asAdmin.viewer.userId });
  });
});
