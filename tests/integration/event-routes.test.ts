import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as listEvents, POST as postEvent } from "@/app/api/v1/events/route";
import { DELETE as deleteEventRoute, GET as getEventRoute, PATCH as patchEventRoute } from "@/app/api/v1/events/[id]/route";
import { POST as restoreEventRoute } from "@/app/api/v1/events/[id]/restore/route";
import { findEvents } from "@/lib/queries/find-events";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { routeParams, routeRequest, signInAs } from "../support/route-request";

let cookie: string;
let editorId: string;
let topicId: number;
let actorId: number;

const uniqueTitle = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;
const newEvent = (title = uniqueTitle("Route")) => ({
  title,
  start: { precision: "month", value: "2019-07" },
  sources: [{ publisher: "Bernama", url: "https://www.bernama.com/en/" }],
});

interface Created {
  id: number;
  slug: string;
  title: string;
  version: number;
}

const post = (body: unknown, contentType?: string | null) => postEvent(routeRequest("POST", "/api/v1/events", { cookie, body, contentType }));
const patch = (id: number, body: unknown, contentType?: string | null) =>
  patchEventRoute(routeRequest("PATCH", `/api/v1/events/${id}`, { cookie, body, contentType }), routeParams({ id: String(id) }));
const remove = (id: number, query = "") => deleteEventRoute(routeRequest("DELETE", `/api/v1/events/${id}${query}`, { cookie }), routeParams({ id: String(id) }));
const restore = (id: number, query = "") =>
  restoreEventRoute(routeRequest("POST", `/api/v1/events/${id}/restore${query}`, { cookie }), routeParams({ id: String(id) }));

async function create(input: object = newEvent()): Promise<Created> {
  const response = await post(input);
  expect(response.status).toBe(201);
  return (await response.json()).data;
}

/** The event as GET /api/v1/events/:id shows it to its editor. */
async function read(id: number) {
  const response = await getEventRoute(routeRequest("GET", `/api/v1/events/${id}`, { cookie }), routeParams({ id: String(id) }));
  return (await response.json()).data;
}

/** Every table a refused request could have written to, and the sum of versions, which each write of an event raises. */
async function writtenState() {
  const [events, deleted, sources, topics, actors, countries, relations, versions] = await Promise.all([
    db.event.count(),
    db.event.count({ where: { deletedAt: { not: null } } }),
    db.source.count(),
    db.eventTopic.count(),
    db.eventActor.count(),
    db.eventCountry.count(),
    db.eventRelation.count(),
    db.event.aggregate({ _sum: { version: true } }),
  ]);
  return { events, deleted, sources, topics, actors, countries, relations, versions: versions._sum.version };
}

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]>; current?: Created } }).error;
}

beforeAll(async () => {
  const editor = await signInAs("editor", "Route Editor");
  cookie = editor.cookie;
  editorId = editor.viewer.userId!;
  topicId = (await db.topic.findUniqueOrThrow({ where: { slug: "diplomacy" } })).id;
  actorId = (await db.actor.findFirstOrThrow()).id;
});

// The integration database is shared by every test file: leave it with the reference events only.
afterAll(async () => {
  await db.event.deleteMany({ where: { createdById: editorId } });
});

describe("a lone UTF-16 surrogate in free text", () => {
  const withText: [string, (text: string) => object][] = [
    ["title", (text) => ({ title: `Talks ${text}` })],
    ["summary", (text) => ({ summary: text })],
    ["body", (text) => ({ body: `Body ${text}` })],
    ["dateLabel", (text) => ({ dateLabel: text })],
    ["start.value", (text) => ({ start: { precision: "month", value: `2019-07${text}` } })],
    ["sources.0.publisher", (text) => ({ sources: [{ publisher: `Bernama ${text}` }] })],
    ["sources.0.title", (text) => ({ sources: [{ publisher: "Bernama", title: text }] })],
    ["sources.0.url", (text) => ({ sources: [{ publisher: "Bernama", url: `https://example.org/${text}` }] })],
    ["sources.0.author", (text) => ({ sources: [{ publisher: "Bernama", author: text }] })],
    ["sources.0.quote", (text) => ({ sources: [{ publisher: "Bernama", quote: text }] })],
  ];

  it("is a 400 naming the field on POST, for a high or a low half, and nothing is written", async () => {
    const before = await writtenState();
    for (const [field, withField] of withText) {
      for (const lone of ["\ud800", "\udc00"]) {
        const response = await post({ ...newEvent(), ...withField(lone) });
        expect(response.status, `${field} ${escape(lone)}`).toBe(400);
        const error = await errorOf(response);
        expect(error.code).toBe("invalid_input");
        expect(error.fieldErrors?.[field]?.join(" "), field).toMatch(/unpaired UTF-16 surrogate/);
      }
    }
    expect(await writtenState()).toEqual(before);
  });

  it("is a 400 naming the field on PATCH, and the event stays as it was", async () => {
    const created = await create();
    const before = await read(created.id);
    for (const [field, withField] of withText) {
      const response = await patch(created.id, { ...newEvent(created.title), ...withField("\ud800"), version: created.version });
      expect(response.status, field).toBe(400);
      expect(Object.keys((await errorOf(response)).fieldErrors ?? {})).toContain(field);
    }
    expect(await read(created.id)).toEqual(before);
  });

  it("is kept when it is a proper pair (an emoji)", async () => {
    const created = await create({ ...newEvent(uniqueTitle("Launch 🚀")), summary: "𝒳 marks the spot" });
    expect((await read(created.id)).summary).toBe("𝒳 marks the spot");
  });

  it("in the search parameter is never a 500", async () => {
    for (const query of ["q=%ED%A0%80", "q=talks%ED%B0%80", `q=${encodeURIComponent("talks")}%00`]) {
      const response = await listEvents(routeRequest("GET", `/api/v1/events?${query}`));
      expect(response.status, query).toBeLessThan(500);
    }
    // Pages get their parameters decoded, where a lone half can survive.
    const loaded = await loadEventFilter({ q: "talks\ud800" });
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    expect((await findEvents({ filter: loaded.filter, viewer: ANONYMOUS })).rows).toEqual([]);
  });
});

describe("text that is only invisible characters", () => {
  it("is refused like empty text for the title and a source's publisher", async () => {
    const before = await writtenState();
    for (const invisible of ["\u200b", "\u200b\u200c\u200d", " \u2060\ufeff\u00ad ", "\u200e\u200f"]) {
      const response = await post({ ...newEvent(invisible), sources: [{ publisher: invisible }] });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).fieldErrors).toMatchObject({ title: ["Enter a title."], "sources.0.publisher": ["Name the publisher."] });
    }
    expect(await writtenState()).toEqual(before);
  });
});

describe("an id listed twice", () => {
  it("is a 400 naming the field and the id, and nothing is written", async () => {
    const target = await create();
    const before = await writtenState();
    const cases: [object, string, string][] = [
      [{ topicIds: [topicId, topicId] }, "topicIds", `The topic id ${topicId} is listed more than once.`],
      [{ actorIds: [actorId, actorId] }, "actorIds", `The actor id ${actorId} is listed more than once.`],
      [{ countryCodes: ["MY", "my"] }, "countryCodes", "The country code MY is listed more than once."],
      [{ relations: [{ type: "follows", targetId: target.id }, { type: "follows", targetId: target.id }] }, "relations.1.targetId", `The relation “follows” to event ${target.id} is listed more than once.`],
    ];
    for (const [links, field, message] of cases) {
      const response = await post({ ...newEvent(), ...links });
      expect(response.status, field).toBe(400);
      expect((await errorOf(response)).fieldErrors?.[field], field).toEqual([message]);
    }
    expect(await writtenState()).toEqual(before);
  });
});

describe("a body that is not sent as JSON", () => {
  it("is a 415 on POST and PATCH, whatever it holds, and nothing is written", async () => {
    const created = await create();
    const before = await writtenState();
    for (const contentType of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", null]) {
      const responses = [await post(newEvent(), contentType), await patch(created.id, { ...newEvent(created.title), version: created.version }, contentType)];
      for (const response of responses) {
        expect(response.status, String(contentType)).toBe(415);
        const error = await errorOf(response);
        expect(error.code).toBe("unsupported_media_type");
        expect(error.message).toContain("application/json");
      }
    }
    expect(await writtenState()).toEqual(before);
  });

  it("is read when its type is application/json with a charset, or a +json type", async () => {
    expect((await post(newEvent(), "application/json; charset=utf-8")).status).toBe(201);
    expect((await post(newEvent(), "Application/JSON")).status).toBe(201);
    const created = await create();
    const response = await patch(created.id, { ...newEvent(created.title), version: created.version }, "application/merge-patch+json");
    expect(response.status).toBe(200);
  });
});

describe("DELETE /api/v1/events/:id?version=N", () => {
  it("refuses a delete that names no version, or not a whole number, with 400 on version", async () => {
    const created = await create();
    for (const query of ["", "?version=", "?version=abc", "?version=1.5", "?version=0"]) {
      const response = await remove(created.id, query);
      expect(response.status, query).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("invalid_input");
      expect(error.fieldErrors?.version?.join(" "), query).toMatch(/version/);
    }
    expect(await read(created.id)).toMatchObject({ version: created.version, deletedAt: null });
  });

  it("refuses a stale version with 409 and the current record, and deletes nothing", async () => {
    const created = await create();
    const saved = await patch(created.id, { ...newEvent(created.title), summary: "Changed meanwhile", version: created.version });
    expect(saved.status).toBe(200);
    const response = await remove(created.id, `?version=${created.version}`);
    expect(response.status).toBe(409);
    const error = await errorOf(response);
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/changed by Route Editor/);
    expect(error.current).toMatchObject({ id: created.id, version: created.version + 1, deletedAt: null });
    expect(await read(created.id)).toMatchObject({ summary: "Changed meanwhile", deletedAt: null, version: created.version + 1 });
  });

  it("deletes at the current version", async () => {
    const created = await create();
    const response = await remove(created.id, `?version=${created.version}`);
    expect(response.status).toBe(200);
    expect((await response.json()).data).toMatchObject({ id: created.id, version: created.version + 1, deletedAt: expect.any(String) });
  });

  it("lets only one of a PATCH and a DELETE of the same version through", async () => {
    for (let round = 0; round < 5; round++) {
      const created = await create();
      const [saved, deleted] = await Promise.all([
        patch(created.id, { ...newEvent(created.title), summary: "Racing save", version: created.version }),
        remove(created.id, `?version=${created.version}`),
      ]);
      expect([saved.status, deleted.status].sort()).toEqual([200, 409]);
      const row = await read(created.id);
      expect(row.version).toBe(created.version + 1);
      if (saved.status === 200) expect(row).toMatchObject({ summary: "Racing save", deletedAt: null });
      else expect(row).toMatchObject({ summary: "", deletedAt: expect.any(String) });
    }
  });
});

describe("POST /api/v1/events/:id/restore?version=N", () => {
  it("brings the event back with its sources, links and relations, at the deleted version", async () => {
    const other = await create();
    const created = await create({
      ...newEvent(),
      topicIds: [topicId],
      actorIds: [actorId],
      countryCodes: ["MY"],
      relations: [{ type: "follows", targetId: other.id }],
      sources: [{ publisher: "Reuters" }, { publisher: "AP", quote: "Quoted" }],
    });
    const before = await read(created.id);
    const deleted = await (await remove(created.id, `?version=${created.version}`)).json();

    expect((await restore(created.id)).status).toBe(400);
    expect((await restore(created.id, `?version=${created.version}`)).status).toBe(409);
    expect((await read(created.id)).deletedAt).not.toBeNull();

    const response = await restore(created.id, `?version=${deleted.data.version}`);
    expect(response.status).toBe(200);
    const after = await read(created.id);
    expect(after).toMatchObject({ deletedAt: null, version: deleted.data.version + 1 });
    const content = ({ version: _v, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    expect(content(after)).toEqual(content(before));
  });
});
