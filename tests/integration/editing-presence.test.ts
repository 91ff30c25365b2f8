import { randomBytes, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { heartbeatEditingPresence } from "@/lib/actions/presence/heartbeat-editing-presence";
import { leaveEditingPresence } from "@/lib/actions/presence/leave-editing-presence";
import { DELETE as deletePresence, POST as postPresence } from "@/app/api/v1/events/[id]/presence/route";
import { createTestEvent, removeTestEvents } from "./event-fixtures";
import { routeParams, routeRequest, signInAs } from "../support/route-request";

interface Person {
  viewer: Viewer;
  cookie: string;
}

let ana: Person;
let ben: Person;
let reader: Person;
let eventId: number;
const slugs: string[] = [];

const tabKey = () => randomBytes(16).toString("hex");

async function newEvent(): Promise<number> {
  const slug = `presence-${randomUUID()}`;
  slugs.push(slug);
  return createTestEvent({ slug, title: `Presence ${slug.slice(-8)}`, start: "2025-06" });
}

async function othersSeenBy(person: Person, key: string, id = eventId) {
  const result = await heartbeatEditingPresence(id, key, person.viewer);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.data.others;
}

const post = (person: Person | null, id: string | number, body?: unknown, query = "", contentType?: string | null) =>
  postPresence(routeRequest("POST", `/api/v1/events/${id}/presence${query}`, { cookie: person?.cookie, body, contentType }), routeParams({ id: String(id) }));
const remove = (person: Person | null, id: string | number, body?: unknown, query = "") =>
  deletePresence(routeRequest("DELETE", `/api/v1/events/${id}/presence${query}`, { cookie: person?.cookie, body }), routeParams({ id: String(id) }));

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } }).error;
}

const rowsOf = (id: number) => db.editingPresence.findMany({ where: { eventId: id }, select: { userId: true, sessionKey: true } });

beforeAll(async () => {
  [ana, ben, reader] = await Promise.all([signInAs("editor", "Ana Editor"), signInAs("reviewer", "Ben Reviewer"), signInAs("viewer", "Rita Reader")]);
  eventId = await newEvent();
});

// Each test starts with no one editing, even after a failure.
afterEach(async () => {
  await db.editingPresence.deleteMany({ where: { userId: { in: [ana, ben, reader].map((person) => person.viewer.userId!) } } });
});

afterAll(async () => {
  await removeTestEvents(slugs);
  await db.user.deleteMany({ where: { id: { in: [ana, ben, reader].map((person) => person.viewer.userId!) } } });
});

describe("heartbeatEditingPresence", () => {
  it("shows two editors of one event to each other, by name and since when, and not to themselves", async () => {
    const anaTab = tabKey();
    const benTab = tabKey();
    expect(await othersSeenBy(ana, anaTab)).toEqual([]);
    const benSees = await othersSeenBy(ben, benTab);
    expect(benSees).toEqual([{ name: "Ana Editor", since: expect.any(String) }]);
    const anaSees = await othersSeenBy(ana, anaTab);
    expect(anaSees).toEqual([{ name: "Ben Reviewer", since: expect.any(String) }]);
    // "since" is when the tab began, not its latest heartbeat.
    expect(await othersSeenBy(ben, benTab)).toEqual(benSees);
    expect(new Date(anaSees[0]!.since).getTime()).toBeGreaterThanOrEqual(new Date(benSees[0]!.since).getTime());

    const elsewhere = await newEvent();
    expect(await othersSeenBy(ana, tabKey(), elsewhere)).toEqual([]);
  });

  it("counts a person once however many tabs they have open, since their earliest tab", async () => {
    const first = tabKey();
    await othersSeenBy(ana, first);
    const [firstRow] = await db.editingPresence.findMany({ where: { eventId, sessionKey: first } });
    await othersSeenBy(ana, tabKey());
    await othersSeenBy(ana, tabKey());
    expect(await othersSeenBy(ben, tabKey())).toEqual([{ name: "Ana Editor", since: firstRow!.startedAt.toISOString() }]);
  });

  it("does not report a tab silent for more than 30 s, and starts its “since” again when it comes back", async () => {
    const anaTab = tabKey();
    await othersSeenBy(ana, anaTab);
    const long = new Date(Date.now() - 5 * 60_000);
    await db.editingPresence.updateMany({ where: { eventId, sessionKey: anaTab }, data: { startedAt: long, seenAt: new Date(Date.now() - 31_000) } });
    expect(await othersSeenBy(ben, tabKey())).toEqual([]);

    await db.editingPresence.updateMany({ where: { eventId, sessionKey: anaTab }, data: { seenAt: new Date(Date.now() - 20_000) } });
    expect(await othersSeenBy(ben, tabKey())).toEqual([{ name: "Ana Editor", since: long.toISOString() }]);

    await db.editingPresence.updateMany({ where: { eventId, sessionKey: anaTab }, data: { seenAt: new Date(Date.now() - 31_000) } });
    const before = Date.now();
    await othersSeenBy(ana, anaTab);
    const [back] = await othersSeenBy(ben, tabKey());
    expect(new Date(back!.since).getTime()).toBeGreaterThanOrEqual(before - 1);
  });

  it("prunes the event's rows older than ten minutes, and only that event's", async () => {
    const other = await newEvent();
    const old = new Date(Date.now() - 11 * 60_000);
    const stale = tabKey();
    const staleElsewhere = tabKey();
    await db.editingPresence.createMany({
      data: [
        { eventId, userId: ben.viewer.userId!, sessionKey: stale, startedAt: old, seenAt: old },
        { eventId: other, userId: ben.viewer.userId!, sessionKey: staleElsewhere, startedAt: old, seenAt: old },
      ],
    });
    const anaTab = tabKey();
    await othersSeenBy(ana, anaTab);
    expect((await rowsOf(eventId)).map((row) => row.sessionKey)).toEqual([anaTab]);
    expect((await rowsOf(other)).map((row) => row.sessionKey)).toEqual([staleElsewhere]);
  });

  it("keeps one row when one tab's heartbeats arrive together", async () => {
    const anaTab = tabKey();
    const results = await Promise.all(Array.from({ length: 6 }, () => heartbeatEditingPresence(eventId, anaTab, ana.viewer)));
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await rowsOf(eventId)).toEqual([{ userId: ana.viewer.userId, sessionKey: anaTab }]);
  });

  it("refuses readers and signed-out visitors, and records nothing", async () => {
    expect(await heartbeatEditingPresence(eventId, tabKey(), reader.viewer)).toMatchObject({ ok: false, code: "forbidden", message: "Only editors, reviewers and admins can edit events." });
    expect(await heartbeatEditingPresence(eventId, tabKey(), ANONYMOUS)).toMatchObject({ ok: false, code: "unauthenticated", message: "Sign in to edit events." });
    expect(await leaveEditingPresence(eventId, tabKey(), reader.viewer)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await rowsOf(eventId)).toEqual([]);
  });

  it("explains a bad event id or tab key, and answers not_found for an event that does not exist", async () => {
    const cases: [unknown, unknown, Record<string, string[]>][] = [
      [0, tabKey(), { eventId: ["“0” is not an event id; ids are whole numbers from 1 to 2147483647."] }],
      [2_147_483_648, tabKey(), { eventId: ["“2147483648” is not an event id; ids are whole numbers from 1 to 2147483647."] }],
      ["abc", tabKey(), { eventId: ["“abc” is not an event id; ids are whole numbers from 1 to 2147483647."] }],
      [eventId, "too-short", { sessionKey: ["The sessionKey must be 16 to 64 letters, digits, “-” or “_”."] }],
      [eventId, "x".repeat(65), { sessionKey: ["The sessionKey must be 16 to 64 letters, digits, “-” or “_”."] }],
      [eventId, "has spaces in it, sixteen+", { sessionKey: ["The sessionKey must be 16 to 64 letters, digits, “-” or “_”."] }],
      [eventId, undefined, { sessionKey: ["Send the tab's sessionKey: 16 to 64 letters, digits, “-” or “_”."] }],
    ];
    for (const [id, key, fieldErrors] of cases) {
      const result = await heartbeatEditingPresence(id, key, ana.viewer);
      expect(result, JSON.stringify([id, key])).toEqual({ ok: false, code: "invalid_input", message: Object.values(fieldErrors).flat().join(" "), fieldErrors });
    }
    expect(await heartbeatEditingPresence(2_147_483_647, tabKey(), ana.viewer)).toEqual({ ok: false, code: "not_found", message: "There is no event 2147483647." });
    expect(await leaveEditingPresence(2_147_483_647, tabKey(), ana.viewer)).toMatchObject({ ok: false, code: "not_found" });
    expect(await rowsOf(eventId)).toEqual([]);
  });

  it("goes with its event when the event is removed for good", async () => {
    const doomed = await newEvent();
    await othersSeenBy(ana, tabKey(), doomed);
    await db.event.delete({ where: { id: doomed } });
    expect(await rowsOf(doomed)).toEqual([]);
  });
});

describe("leaveEditingPresence", () => {
  it("removes the tab at once, leaves the person's other tabs, and is harmless twice", async () => {
    const anaTab = tabKey();
    const anaOtherTab = tabKey();
    await othersSeenBy(ana, anaTab);
    await othersSeenBy(ana, anaOtherTab);
    expect(await leaveEditingPresence(eventId, anaTab, ana.viewer)).toEqual({ ok: true, data: { left: true } });
    expect(await othersSeenBy(ben, tabKey())).toHaveLength(1);
    expect(await leaveEditingPresence(eventId, anaOtherTab, ana.viewer)).toEqual({ ok: true, data: { left: true } });
    expect(await othersSeenBy(ben, tabKey())).toEqual([]);
    expect(await leaveEditingPresence(eventId, anaOtherTab, ana.viewer)).toEqual({ ok: true, data: { left: false } });
  });

  it("cannot remove someone else's tab, even knowing its key", async () => {
    const anaTab = tabKey();
    await othersSeenBy(ana, anaTab);
    expect(await leaveEditingPresence(eventId, anaTab, ben.viewer)).toEqual({ ok: true, data: { left: false } });
    expect(await othersSeenBy(ben, tabKey())).toEqual([{ name: "Ana Editor", since: expect.any(String) }]);
  });
});

describe("/api/v1/events/:id/presence", () => {
  it("answers a heartbeat with the others editing, and a leave by DELETE or by POST (JSON or a bare beacon)", async () => {
    const anaTab = tabKey();
    const benTab = tabKey();
    const first = await post(ana, eventId, { sessionKey: anaTab });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ data: { others: [] } });
    const second = await post(ben, eventId, { sessionKey: benTab });
    expect(await second.json()).toEqual({ data: { others: [{ name: "Ana Editor", since: expect.any(String) }] } });

    const leaving = await post(ana, eventId, { sessionKey: anaTab, leave: true });
    expect(await leaving.json()).toEqual({ data: { left: true } });
    expect(await (await post(ben, eventId, { sessionKey: benTab })).json()).toEqual({ data: { others: [] } });

    await post(ana, eventId, { sessionKey: anaTab });
    // What navigator.sendBeacon(url) sends: a POST without a body or a Content-Type.
    const beacon = await post(ana, eventId, undefined, `?leave=1&sessionKey=${anaTab}`);
    expect(beacon.status).toBe(200);
    expect(await beacon.json()).toEqual({ data: { left: true } });
    // A beacon with a text body (a Blob or string) is fine too: the key is in the query.
    await post(ana, eventId, { sessionKey: anaTab });
    expect(await (await post(ana, eventId, "ignored", `?leave=1&sessionKey=${anaTab}`, "text/plain;charset=UTF-8")).json()).toEqual({ data: { left: true } });

    await post(ana, eventId, { sessionKey: anaTab });
    const deleted = await remove(ana, eventId, { sessionKey: anaTab });
    expect(await deleted.json()).toEqual({ data: { left: true } });
    await post(ana, eventId, { sessionKey: anaTab });
    expect(await (await remove(ana, eventId, undefined, `?sessionKey=${anaTab}`)).json()).toEqual({ data: { left: true } });
    expect(await rowsOf(eventId)).toEqual([{ userId: ben.viewer.userId, sessionKey: benTab }]);
  });

  it("answers 401 signed out, 403 to a reader, 404 for an unknown event, 400 for a bad id or key — never 500", async () => {
    const key = tabKey();
    expect((await post(null, eventId, { sessionKey: key })).status).toBe(401);
    expect((await post(null, "abc", { sessionKey: key })).status).toBe(401);
    expect((await remove(null, eventId, { sessionKey: key })).status).toBe(401);
    const refused = await post(reader, eventId, { sessionKey: key });
    expect(refused.status).toBe(403);
    expect(await errorOf(refused)).toMatchObject({ code: "forbidden", message: "Only editors, reviewers and admins can edit events." });
    expect((await post(reader, eventId, undefined, `?leave=1&sessionKey=${key}`)).status).toBe(403);

    const unknown = await post(ana, 2_147_483_647, { sessionKey: key });
    expect(unknown.status).toBe(404);
    expect(await errorOf(unknown)).toMatchObject({ code: "not_found", message: "There is no event 2147483647." });
    expect((await remove(ana, 2_147_483_647, { sessionKey: key })).status).toBe(404);

    for (const id of ["abc", "0", "-1", "1.5", "2147483648", "99999999999999999999"]) {
      const response = await post(ana, id, { sessionKey: key });
      expect(response.status, id).toBe(400);
      expect((await errorOf(response)).fieldErrors, id).toEqual({ eventId: [`“${id}” is not an event id; ids are whole numbers from 1 to 2147483647.`] });
    }
    const badKey = await post(ana, eventId, { sessionKey: "short" });
    expect(badKey.status).toBe(400);
    expect(await errorOf(badKey)).toMatchObject({ code: "invalid_input", message: "The sessionKey must be 16 to 64 letters, digits, “-” or “_”." });
    const noKey = await post(ana, eventId, {});
    expect(await errorOf(noKey)).toMatchObject({ code: "invalid_input", message: "Send the tab's sessionKey: 16 to 64 letters, digits, “-” or “_”." });
    expect((await post(ana, eventId, undefined, "?leave=1")).status).toBe(400);
    expect((await post(ana, eventId, { sessionKey: 42 })).status).toBe(400);

    expect((await post(ana, eventId, [key])).status).toBe(400);
    expect(await errorOf(await post(ana, eventId, { sessionKey: key, leave: "yes" }))).toMatchObject({ code: "invalid_input", message: "“leave” must be true or false." });
    expect(await errorOf(await post(ana, eventId, { sessionKey: key }, "?leave=2"))).toMatchObject({ code: "invalid_parameters" });
    expect(await errorOf(await post(ana, eventId, "{not json"))).toMatchObject({ code: "invalid_json" });
    expect((await post(ana, eventId, JSON.stringify({ sessionKey: key }), "", "text/plain")).status).toBe(415);
    expect(await rowsOf(eventId)).toEqual([]);
  });

  it("refuses a heartbeat sent from another site", async () => {
    const headers = new Headers({ host: "localhost:3000", cookie: ana.cookie, origin: "https://elsewhere.example", "content-type": "application/json" });
    const request = new NextRequest(`http://localhost:3000/api/v1/events/${eventId}/presence`, { method: "POST", headers, body: JSON.stringify({ sessionKey: tabKey() }) });
    expect((await postPresence(request, routeParams({ id: String(eventId) }))).status).toBe(403);
    expect(await rowsOf(eventId)).toEqual([]);
  });
});
