import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { findEvents } from "@/lib/queries/find-events";
import { getActor, getCountry, getTopic } from "@/lib/queries/entities/get-entity";
import { findConnectedActors } from "@/lib/queries/entities/find-connected-actors";
import { getEntityOverview } from "@/lib/queries/entities/get-entity-overview";
import type { Entity } from "@/lib/queries/entities/entity";
import { filterFromQuery } from "../support/filter-from-query";
import { createTestEvent, removeTestEvents } from "./event-fixtures";

const EDITOR: Viewer = { userId: "test-editor", role: "editor" };
const DRAFT = "entities-test-draft-anwar-xi";

async function entity(promise: Promise<Entity | null>): Promise<Entity> {
  const found = await promise;
  if (!found) throw new Error("entity missing");
  return found;
}

describe("entity pages on the reference data", () => {
  beforeAll(async () => {
    // A draft naming Anwar Ibrahim with Xi Jinping and BRICS: editors count it, readers never do.
    const id = await createTestEvent({ slug: DRAFT, title: "Unpublished meeting", start: "2025-09", status: "draft" });
    const actors = await db.actor.findMany({ where: { slug: { in: ["anwar-ibrahim", "xi-jinping", "brics"] } }, select: { id: true } });
    await db.eventActor.createMany({ data: actors.map((actor) => ({ eventId: id, actorId: actor.id })) });
  });
  afterAll(() => removeTestEvents([DRAFT]));

  it.each([
    ["actor", "actor=anwar-ibrahim", () => getActor("anwar-ibrahim")],
    ["actor", "actor=emmanuel-macron", () => getActor("emmanuel-macron")],
    ["country", "country=MY", () => getCountry("my")],
    ["country", "country=FR", () => getCountry("FR")],
    ["topic", "topic=diplomacy", () => getTopic("diplomacy")],
  ] as const)("%s headline counts equal the events table total with the same filter (%s)", async (_type, query, load) => {
    const found = await entity(load());
    for (const viewer of [ANONYMOUS, EDITOR]) {
      const overview = await getEntityOverview(found, viewer);
      const listed = await findEvents({ filter: await filterFromQuery(query), viewer, pageSize: 10 });
      expect(overview.stats.headline.counts.events).toBe(listed.total);
      expect(overview.latest.length).toBe(Math.min(listed.total, 8));
    }
  });

  it("Anwar Ibrahim has six published events, and the draft adds one for editors only", async () => {
    const anwar = await entity(getActor("anwar-ibrahim"));
    expect((await getEntityOverview(anwar, ANONYMOUS)).stats.headline.counts.events).toBe(6);
    expect((await getEntityOverview(anwar, EDITOR)).stats.headline.counts.events).toBe(7);
    expect((await getEntityOverview(anwar, ANONYMOUS)).latest.map((e) => e.slug)).not.toContain(DRAFT);
  });

  it("lists the actors sharing the most published events with Anwar Ibrahim, never himself", async () => {
    const anwar = await entity(getActor("anwar-ibrahim"));
    const connected = await findConnectedActors(anwar, ANONYMOUS);
    // By hand from the reference events: the Malaysian government is in 3 of his events; Macron and Xi in 2 each.
    expect(connected.slice(0, 3).map((a) => [a.slug, a.shared])).toEqual([
      ["government-of-malaysia", 3],
      ["emmanuel-macron", 2],
      ["xi-jinping", 2],
    ]);
    expect(connected.map((a) => a.slug)).not.toContain("anwar-ibrahim");
    expect(connected.slice(3).every((a) => a.shared === 1)).toBe(true);
    expect(connected.find((a) => a.slug === "brics")?.shared).toBe(1);
  });

  it("counts the draft for editors: Xi Jinping and BRICS gain a shared event", async () => {
    const anwar = await entity(getActor("anwar-ibrahim"));
    const connected = await findConnectedActors(anwar, EDITOR);
    expect(connected.find((a) => a.slug === "xi-jinping")?.shared).toBe(3);
    expect(connected.find((a) => a.slug === "brics")?.shared).toBe(2);
  });

  it("a country's connected actors are the actors of its events", async () => {
    const france = await entity(getCountry("FR"));
    const connected = await findConnectedActors(france, ANONYMOUS);
    expect(connected.length).toBeGreaterThan(0);
    for (const actor of connected.slice(0, 3)) {
      const listed = await findEvents({ filter: await filterFromQuery(`country=FR&actor=${actor.slug}`), viewer: ANONYMOUS, pageSize: 10 });
      // The filter's lists are "any of" within a key and "all" across keys: events of France naming the actor.
      expect(actor.shared).toBe(listed.total);
    }
  });

  it("answers null for unknown or malformed slugs and codes", async () => {
    expect(await getActor("nobody-at-all")).toBeNull();
    expect(await getActor("../etc")).toBeNull();
    expect(await getCountry("ZZ")).toBeNull();
    expect(await getCountry("FRA")).toBeNull();
    expect(await getTopic("no-such-topic")).toBeNull();
  });
});
