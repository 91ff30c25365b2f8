import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET } from "@/app/api/v1/actors/route";
import { db } from "@/lib/db/client";
import { searchActors } from "@/lib/queries/search-actors";
import { LISTED_ACTORS, listFilterOptions } from "@/lib/queries/list-filter-options";
import { createTestEvent, removeTestEvents } from "./event-fixtures";
import { routeRequest, signInAs } from "../support/route-request";

const get = (query: string) => GET(new NextRequest(`http://localhost:3000/api/v1/actors?${query}`));
/** As a browser sends it (with Host), signed in when given a cookie. */
const getAs = (cookie: string | undefined, query: string) => GET(routeRequest("GET", `/api/v1/actors?${query}`, { cookie }));
const names = (actors: { name: string }[]) => actors.map((actor) => actor.name);

const DRAFT = "actor-picker-test-draft";
const PUBLISHED = "actor-picker-test-published";
const DRAFT_ONLY = { slug: "picker-test-secret-envoy", name: "Secret Envoy (picker test)", kind: "person" };
const WILDCARD = { slug: "picker-test-percent", name: "Fifty_Percent% Fund (picker test)", kind: "company" };
const FILLERS = Array.from({ length: LISTED_ACTORS }, (_, i) => ({ slug: `picker-test-filler-${i}`, name: `Filler ${String(i).padStart(2, "0")} (picker test)`, kind: "other" }));
const LAST_FILLER = FILLERS[FILLERS.length - 1]!;

describe("actor picker queries on the reference data", () => {
  it("lists every reference actor by name when there are few, and says how many there are", async () => {
    const options = await listFilterOptions();
    expect(options.actorTotal).toBe(18);
    // What the facet listed before it was bounded: every actor (with published events; other test files may leave unlinked ones), by name.
    const everyActor = await db.actor.findMany({
      where: { events: { some: { event: { status: "published", deletedAt: null } } } },
      select: { slug: true, name: true, kind: true },
      orderBy: { name: "asc" },
    });
    expect(options.actors).toEqual(everyActor);
  });

  it("finds actors by a part of the name, ignoring case and accents, ordered by name", async () => {
    expect(names((await searchActors({ q: "IBRAHIM", limit: 20 })).actors)).toEqual(["Anwar Ibrahim", "Sultan Ibrahim"]);
    expect(names((await searchActors({ q: "FRANÇOIS", limit: 20 })).actors)).toEqual(["François Bayrou"]);
    expect(names((await searchActors({ q: "franç", limit: 20 })).actors).sort()).toEqual(["Banque de France", "François Bayrou", "Government of France"]);
    expect(names((await searchActors({ q: "Francois bay", limit: 20 })).actors)).toEqual(["François Bayrou"]);
    expect(names((await searchActors({ q: "negara-mal", limit: 20 })).actors)).toEqual(["Bank Negara Malaysia"]);
  });

  it("counts every match but returns at most `limit`", async () => {
    const result = await searchActors({ q: "government", limit: 2 });
    expect(result.total).toBe(3);
    expect(names(result.actors)).toEqual(["Government of China", "Government of France"]);
    expect((await searchActors({ q: "zzzz", limit: 20 })).total).toBe(0);
  });
});

describe("actors known only from drafts, and many actors", () => {
  beforeAll(async () => {
    const draftId = await createTestEvent({ slug: DRAFT, title: "Picker draft", start: "2025-03", status: "draft" });
    const publishedId = await createTestEvent({ slug: PUBLISHED, title: "Picker published", start: "2025-03", status: "published" });
    await db.actor.createMany({ data: [DRAFT_ONLY, WILDCARD, ...FILLERS] });
    const ids = new Map((await db.actor.findMany({ where: { slug: { startsWith: "picker-test-" } }, select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));
    await db.eventActor.create({ data: { eventId: draftId, actorId: ids.get(DRAFT_ONLY.slug)! } });
    await db.eventActor.createMany({ data: [WILDCARD, ...FILLERS].map((actor) => ({ eventId: publishedId, actorId: ids.get(actor.slug)! })) });
  });
  afterAll(async () => {
    await removeTestEvents([DRAFT, PUBLISHED]);
    await db.actor.deleteMany({ where: { slug: { startsWith: "picker-test-" } } });
  });

  it("never offers an actor that only drafts name", async () => {
    expect((await searchActors({ q: "secret envoy", limit: 20 })).total).toBe(0);
    expect((await (await get("q=secret%20envoy")).json()).meta.total).toBe(0);
    const options = await listFilterOptions();
    expect(names(options.actors)).not.toContain(DRAFT_ONLY.name);
    expect(options.actorTotal).toBe(18 + 1 + LISTED_ACTORS);
  });

  it("lists the most used actors, bounded, and always the selected ones", async () => {
    const options = await listFilterOptions([LAST_FILLER.slug]);
    expect(options.actors.length).toBe(LISTED_ACTORS + 1);
    // The most linked reference actors come first in usage, so they are listed.
    expect(names(options.actors)).toEqual(expect.arrayContaining(["Government of Malaysia", "Government of China", "Anwar Ibrahim", LAST_FILLER.name]));
    // Ties in use go to the older actor, so the newest filler is listed only because it is selected.
    expect(names((await listFilterOptions()).actors)).not.toContain(LAST_FILLER.name);
  });

  it("finds every actor, with its id, when an editor's form asks for all of them", async () => {
    const { cookie } = await signInAs("editor");
    const response = await getAs(cookie, "q=secret%20envoy&scope=all");
    expect(response.status).toBe(200);
    const actor = await db.actor.findUniqueOrThrow({ where: { slug: DRAFT_ONLY.slug }, select: { id: true } });
    expect((await response.json()).data).toEqual([{ id: actor.id, ...DRAFT_ONLY }]);
  });

  it("refuses scope=all to a signed-out caller (401) and to a reader (403), naming no actor", async () => {
    const signedOut = await getAs(undefined, "q=secret%20envoy&scope=all");
    expect(signedOut.status).toBe(401);
    const { cookie } = await signInAs("viewer");
    const reader = await getAs(cookie, "q=secret%20envoy&scope=all");
    expect(reader.status).toBe(403);
    for (const response of [signedOut, reader]) expect(JSON.stringify(await response.json())).not.toContain(DRAFT_ONLY.name);
  });

  it("takes % and _ literally", async () => {
    expect(names((await searchActors({ q: "y_percent%", limit: 20 })).actors)).toEqual([WILDCARD.name]);
    expect((await searchActors({ q: "%", limit: 50 })).total).toBe(1);
  });
});

describe("GET /api/v1/actors", () => {
  it("answers the matches by name with the total", async () => {
    const response = await get("q=ibrahim&limit=1");
    expect(response.status).toBe(200);
    const anwar = await db.actor.findUniqueOrThrow({ where: { slug: "anwar-ibrahim" }, select: { id: true } });
    expect(await response.json()).toEqual({
      data: [{ id: anwar.id, slug: "anwar-ibrahim", name: "Anwar Ibrahim", kind: "person" }],
      meta: { q: "ibrahim", limit: 1, scope: "published", total: 2 },
    });
  });

  it("answers 400 naming every bad parameter", async () => {
    const response = await get("limit=500&colour=red");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("invalid_parameters");
    expect(body.error.params.map((p: { param: string }) => p.param).sort()).toEqual(["colour", "limit"]);
  });

  it("answers 400 naming q, not 500, when q holds NUL (PostgreSQL text cannot)", async () => {
    const response = await get("q=anwar%00");
    expect(response.status).toBe(400);
    expect((await response.json()).error.params).toEqual([{ param: "q", message: expect.stringContaining("NUL") }]);
  });
});
