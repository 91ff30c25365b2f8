import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { countEvents, findEvents } from "@/lib/queries/find-events";
import { getTimelineWindow } from "@/lib/queries/get-timeline-window";
import { LIMITS } from "@/lib/timeline/window-math";
import { toNumber } from "@/lib/queries/sql/dialect-sql";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { filterFromQuery } from "../support/filter-from-query";

const search = async (query: string, viewer: Viewer = ANONYMOUS) =>
  (await findEvents({ filter: await filterFromQuery(query), viewer, pageSize: 100 })).rows;
const slugs = async (query: string, viewer?: Viewer) => (await search(query, viewer)).map((row) => row.slug);
const q = (text: string) => `q=${encodeURIComponent(text)}`;
const marked = (row: { snippet?: { text: string; mark: boolean }[] }) => (row.snippet ?? []).filter((p) => p.mark).map((p) => p.text);

/** Rows the search index holds for an event: the triggers' work, seen directly. */
async function indexRowCount(id: number): Promise<number> {
  const rows =
    dialect === "postgres"
      ? await db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM event_search WHERE event_id = ${id}`
      : await db.$queryRaw<{ n: unknown }[]>`SELECT COUNT(*) AS n FROM event_search WHERE rowid = ${id}`;
  return toNumber(rows[0]?.n);
}

let editor: Viewer;

beforeAll(async () => {
  const email = `search-editor-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: "Search Editor", role: "editor", password: "integration-test-password" });
  editor = { userId: id, role: "editor", name: "Search Editor", email };
});

// The database is shared by every test file: leave the reference events only.
afterAll(async () => {
  await db.event.deleteMany({ where: { createdById: editor.userId! } });
});

describe("full-text search on the reference events", () => {
  it("finds an event by a word of its body and highlights it", async () => {
    const rows = await search(q("Invalides"));
    expect(rows.map((row) => row.slug)).toEqual(["anwar-official-visit-france-2025"]);
    expect(marked(rows[0]!)).toEqual(["Invalides"]);
  });

  it("finds the ECRL relaunch by the Dungun tunnel site", async () => {
    const rows = await search(q("dungun"));
    expect(rows.map((row) => row.slug)).toEqual(["ecrl-relaunched-after-renegotiation"]);
    expect(marked(rows[0]!)).toEqual(["Dungun"]);
  });

  it("finds an event by a word found only in one of its source titles", async () => {
    const rows = await search(q("envoy"));
    expect(rows.map((row) => row.slug)).toEqual(["anwar-official-visit-france-2025"]);
    expect(marked(rows[0]!)).toEqual(["envoy"]);
  });

  it("ignores case and accents: Elysee finds the Élysée meeting, title match first", async () => {
    expect(await slugs(q("ELYSEE"))).toEqual(["anwar-macron-elysee-meeting", "anwar-official-visit-france-2025"]);
    expect(await slugs(q("élysée"))).toEqual(await slugs(q("Elysee")));
  });

  it("matches the last word as a prefix", async () => {
    const rows = await search(q("tok"));
    expect(rows.map((row) => row.slug)).toEqual(["sasana-symposium-2025"]);
    expect(marked(rows[0]!)).toEqual(["tokenised"]);
  });

  it.each(['"', "AND", "*", "-", "'", "NEAR(", "a:b", 'title:"x', "(((", "x OR", "^", "%_\\", "\u0000"])(
    "answers %j with results or none, never an error, in every view",
    async (text) => {
      const filter = await filterFromQuery(q(text));
      const result = await findEvents({ filter, viewer: ANONYMOUS });
      expect(result.total).toBe(await countEvents(filter, ANONYMOUS));
      const timeline = await getTimelineWindow({ filter, viewer: ANONYMOUS, window: LIMITS, groupBy: "topic" });
      expect(timeline.items.length).toBeLessThanOrEqual(result.total);
    },
  );

  it("narrows together with topic and period filters", async () => {
    const all = await slugs(q("visit"));
    const diplomacy = await slugs(`${q("visit")}&topic=diplomacy`);
    const july2025 = await slugs(`${q("visit")}&from=2025-07&to=2025-07`);
    expect(diplomacy.length).toBeGreaterThan(0);
    expect(diplomacy.length).toBeLessThan(all.length);
    expect(all).toEqual(expect.arrayContaining(diplomacy));
    expect(new Set(july2025)).toEqual(new Set(["anwar-official-visit-france-2025", "anwar-macron-elysee-meeting", "anwar-brics-summit-brazil-2025"]));
    expect(await slugs(`${q("dungun")}&topic=cbdc`)).toEqual([]);
  });

  // Rank: per term, title 8 + summary 4 + source titles 2 + body 1; ties by importance, then latest first, then id.
  it.each([
    ["Elysee", ["anwar-macron-elysee-meeting", "anwar-official-visit-france-2025"]],
    ["visit", ["anwar-official-visit-france-2025", "xi-state-visit-malaysia-2025", "malaysia-china-comprehensive-strategic-partnership", "anwar-macron-elysee-meeting", "anwar-brics-summit-brazil-2025", "malaysia-china-diplomatic-relations-established", "sasana-symposium-2025"]],
    ["Malaysia China", ["malaysia-china-diplomatic-relations-established", "malaysia-china-comprehensive-strategic-partnership", "xi-anwar-bilateral-meeting-seri-perdana", "china-malaysia-digital-economy-cooperation"]],
    ["digital", ["madani-agenda-digital-transition", "china-malaysia-digital-economy-cooperation", "banque-de-france-cbdc-webinars", "anwar-official-visit-france-2025", "anwar-macron-elysee-meeting", "sasana-symposium-2025"]],
    ["Anwar", ["xi-anwar-bilateral-meeting-seri-perdana", "anwar-macron-elysee-meeting", "anwar-brics-summit-brazil-2025", "anwar-official-visit-france-2025", "china-malaysia-digital-economy-cooperation", "madani-agenda-digital-transition", "ecrl-relaunched-after-renegotiation", "sasana-symposium-2025", "xi-state-visit-malaysia-2025", "belt-and-road-acceleration-agreement", "kenanga-ant-group-super-app", "malaysia-project-nexus-asean-qr-payments", "banque-de-france-cbdc-webinars", "china-malaysia-education-cultural-exchange"]],
    ["france partner", ["kenanga-ant-group-super-app"]],
  ])("ranks %j the same on SQLite and PostgreSQL", async (text, expected) => {
    expect(await slugs(q(text))).toEqual(expected);
  });
});

describe("the triggers keep the search index in sync", () => {
  const word = () => `zq${randomUUID().slice(0, 8).replace(/-/g, "")}`;
  const draftEvent = (title: string, body: string, sourceTitle: string) => ({
    title,
    body,
    start: { precision: "month", value: "July 2019" },
    sources: [{ publisher: "Bernama", title: sourceTitle, url: "https://www.bernama.com/en/" }],
  });

  it("indexes a created event and follows its updates, source changes and deletion", async () => {
    const [bodyWord, sourceWord, newBodyWord, newSourceWord] = [word(), word(), word(), word()];
    const created = await createEvent(draftEvent(`Search trigger ${word()}`, `A body with ${bodyWord}.`, `Source ${sourceWord}`), editor);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const { id, slug } = created.data;
    expect(await slugs(q(bodyWord), editor)).toEqual([slug]);
    expect(await slugs(q(sourceWord), editor)).toEqual([slug]);
    // Drafts stay invisible to readers, through the search too.
    expect(await slugs(q(bodyWord))).toEqual([]);

    const updated = await updateEvent(id, { ...draftEvent(created.data.title, `Rewritten ${newBodyWord}.`, `Source ${newSourceWord}`), version: 1 }, editor);
    expect(updated.ok).toBe(true);
    expect(await slugs(q(bodyWord), editor)).toEqual([]);
    expect(await slugs(q(sourceWord), editor)).toEqual([]);
    expect(await slugs(q(newBodyWord), editor)).toEqual([slug]);
    expect(await slugs(q(newSourceWord), editor)).toEqual([slug]);

    const renamed = word();
    await db.source.updateMany({ where: { eventId: id }, data: { title: `Renamed ${renamed}` } });
    expect(await slugs(q(newSourceWord), editor)).toEqual([]);
    expect(await slugs(q(renamed), editor)).toEqual([slug]);
    await db.source.deleteMany({ where: { eventId: id } });
    expect(await slugs(q(renamed), editor)).toEqual([]);
    await db.source.create({ data: { eventId: id, publisher: "Bernama", title: `Added ${sourceWord}` } });
    expect(await slugs(q(sourceWord), editor)).toEqual([slug]);

    expect((await deleteEvent(id, { version: 2 }, editor)).ok).toBe(true);
    expect(await slugs(q(newBodyWord), editor)).toEqual([]);

    expect(await indexRowCount(id)).toBe(1);
    await db.event.delete({ where: { id } });
    expect(await indexRowCount(id)).toBe(0);
  });

  it("indexes a title change made directly in the database", async () => {
    const created = await createEvent(draftEvent(`Direct ${word()}`, "", ""), editor);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const fresh = word();
    await db.event.update({ where: { id: created.data.id }, data: { title: `Direct ${fresh}`, status: "published" } });
    expect(await slugs(q(fresh))).toEqual([created.data.slug]);
  });
});
