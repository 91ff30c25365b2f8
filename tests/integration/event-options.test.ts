import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/event-options/route";
import { db } from "@/lib/db/client";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { listEventFormOptions } from "@/lib/queries/list-event-form-options";
import { listEventOptionsByIds } from "@/lib/queries/list-event-options-by-ids";
import { searchEventOptions } from "@/lib/queries/search-event-options";
import { createTestEvent, removeTestEvents } from "./event-fixtures";
import { routeRequest, signInAs } from "../support/route-request";

const run = randomUUID().slice(0, 8).replace(/\d/g, "x");
const WORDS = `quayside ${run}`;
const PARENT = { slug: `options-parent-${run}`, title: `Quayside ${run} summit`, start: "2025-03", status: "published" as const };
const DRAFT = { slug: `options-draft-${run}`, title: `Quayside ${run} draft plan`, start: "2024", status: "draft" as const };
const REMOVED = { slug: `options-removed-${run}`, title: `Quayside ${run} removed`, start: "2023-05-02", status: "published" as const, deleted: true };
const SELF = { slug: `options-self-${run}`, title: `Quayside ${run} follow-up`, start: "2025-04", status: "published" as const };
const EDITOR: Viewer = { userId: "event-options-editor", role: "editor" };

const ids: Record<string, number> = {};
const titles = (events: { title: string }[]) => events.map((event) => event.title).sort();

beforeAll(async () => {
  for (const event of [PARENT, DRAFT, REMOVED, SELF]) ids[event.slug] = await createTestEvent(event);
});
afterAll(async () => {
  await removeTestEvents([PARENT, DRAFT, REMOVED, SELF].map((event) => event.slug));
});

describe("searchEventOptions", () => {
  it("finds an editor's drafts by title words, never a deleted event nor the event being edited", async () => {
    const result = await searchEventOptions({ q: WORDS, limit: 10, exclude: ids[SELF.slug] }, EDITOR);
    expect(titles(result.events)).toEqual(titles([PARENT, DRAFT]));
    expect(result).toMatchObject({ total: 2, totalExact: true });
    expect(result.events.find((event) => event.id === ids[DRAFT.slug])).toEqual({ id: ids[DRAFT.slug], slug: DRAFT.slug, title: DRAFT.title, dateLabel: "2024", status: "draft", deleted: false });
  });

  it("shows a signed-out caller published events only", async () => {
    const result = await searchEventOptions({ q: WORDS, limit: 10 }, ANONYMOUS);
    expect(titles(result.events)).toEqual(titles([PARENT, SELF]));
    expect(result.total).toBe(2);
  });

  it("finds an event by its id, its slug or its page's address, first", async () => {
    expect((await searchEventOptions({ q: String(ids[DRAFT.slug]), limit: 10 }, EDITOR)).events[0]?.title).toBe(DRAFT.title);
    expect((await searchEventOptions({ q: `#${ids[PARENT.slug]}`, limit: 10 }, EDITOR)).events[0]?.title).toBe(PARENT.title);
    expect((await searchEventOptions({ q: PARENT.slug, limit: 10 }, EDITOR)).events[0]?.title).toBe(PARENT.title);
    expect((await searchEventOptions({ q: `http://localhost:3000/events/${SELF.slug}`, limit: 10 }, EDITOR)).events[0]?.title).toBe(SELF.title);
    // The same rules as the text: a reader is not told a draft's title, nobody gets the edited event or a deleted one.
    expect((await searchEventOptions({ q: String(ids[DRAFT.slug]), limit: 10 }, ANONYMOUS)).events.map((e) => e.id)).not.toContain(ids[DRAFT.slug]);
    expect((await searchEventOptions({ q: SELF.slug, limit: 10, exclude: ids[SELF.slug] }, EDITOR)).events.map((e) => e.id)).not.toContain(ids[SELF.slug]);
    expect((await searchEventOptions({ q: REMOVED.slug, limit: 10 }, EDITOR)).events.map((e) => e.id)).not.toContain(ids[REMOVED.slug]);
  });

  it("returns at most `limit` with the count of all, and nothing for empty text", async () => {
    const result = await searchEventOptions({ q: WORDS, limit: 1 }, EDITOR);
    expect(result.events).toHaveLength(1);
    expect(result.total).toBe(3);
    expect(await searchEventOptions({ q: "  ", limit: 10 }, EDITOR)).toEqual({ events: [], total: 0, totalExact: true });
  });
});

describe("GET /api/v1/event-options", () => {
  const get = (query: string, cookie?: string) => GET(routeRequest("GET", `/api/v1/event-options?${query}`, { cookie }));

  it("answers an editor with drafts, leaving out the excluded event", async () => {
    const { cookie } = await signInAs("editor");
    const response = await get(`q=${encodeURIComponent(WORDS)}&exclude=${ids[PARENT.slug]}`, cookie);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(titles(body.data)).toEqual(titles([DRAFT, SELF]));
    expect(body.meta).toEqual({ q: WORDS, limit: 10, exclude: ids[PARENT.slug], total: 2, totalExact: true });
  });

  it("answers a signed-out caller without drafts", async () => {
    const body = await (await get(`q=${encodeURIComponent(WORDS)}`)).json();
    expect(titles(body.data)).toEqual(titles([PARENT, SELF]));
  });

  it("answers 400 naming every bad parameter", async () => {
    const response = await get("limit=100&exclude=none&status=draft");
    expect(response.status).toBe(400);
    expect((await response.json()).error.params.map((p: { param: string }) => p.param).sort()).toEqual(["exclude", "limit", "status"]);
  });
});

describe("the event form's options", () => {
  it("labels events by id in the order asked, deleted ones marked, unknown ones left out", async () => {
    const options = await listEventOptionsByIds([ids[REMOVED.slug]!, ids[PARENT.slug]!, 2_000_000_000, ids[PARENT.slug]!]);
    expect(options).toEqual([
      { id: ids[REMOVED.slug], slug: REMOVED.slug, title: REMOVED.title, dateLabel: "2 May 2023", status: "published", deleted: true },
      { id: ids[PARENT.slug], slug: PARENT.slug, title: PARENT.title, dateLabel: "March 2025", status: "published", deleted: false },
    ]);
  });

  it("reads only what the form names: its actors' names and its parent's and relations' labels", async () => {
    const anwar = await db.actor.findUniqueOrThrow({ where: { slug: "anwar-ibrahim" }, select: { id: true, name: true } });
    const options = await listEventFormOptions({ parentId: ids[PARENT.slug]!, actorIds: [anwar.id], relations: [{ targetId: ids[DRAFT.slug]! }] });
    expect(options.actors).toEqual([anwar]);
    expect(options.events.map((event) => event.title)).toEqual([PARENT.title, DRAFT.title]);
    expect(options.topics.length).toBe(await db.topic.count());
    expect(options.countries.length).toBe(await db.country.count());

    const blank = await listEventFormOptions();
    expect(blank).toMatchObject({ actors: [], events: [] });
  });
});
