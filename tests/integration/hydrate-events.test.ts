import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { toStoredEventDate } from "@/lib/dates/event-date";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { EMPTY_FILTER } from "@/lib/filters/event-filter";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { hydrateEvents, hydrateEventsWithTexts } from "@/lib/queries/hydrate-events";
import { countEvents, findEvents } from "@/lib/queries/find-events";

const SLUG = "hydrate-test-tagged-event";
let eventId: number;

function partial(text: string) {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

beforeAll(async () => {
  // Tags picked in reverse name order, so that the summary's name order is the hydration's doing.
  const [topics, actors, countries] = await Promise.all([
    db.topic.findMany({ orderBy: { name: "desc" }, take: 3 }),
    db.actor.findMany({ orderBy: { name: "desc" }, take: 2 }),
    db.country.findMany({ orderBy: { name: "desc" }, take: 2 }),
  ]);
  const event = await db.event.create({
    data: {
      slug: SLUG,
      title: "Hydration test event",
      summary: "A summary.",
      body: "A body with a harbour.",
      ...toStoredEventDate({ start: partial("2024-03"), end: partial("2024-05"), approximate: true }),
      dateLabel: "spring-ish 2024",
      importance: 2,
      status: "published",
      topics: { create: topics.map((topic) => ({ topicId: topic.id })) },
      actors: { create: actors.map((actor) => ({ actorId: actor.id })) },
      countries: { create: countries.map((country) => ({ countryCode: country.code })) },
      // Written out of position order, one without a title: snippets read titles by position and skip empty ones.
      sources: {
        create: [
          { position: 2, publisher: "C", title: "Third title" },
          { position: 0, publisher: "A", title: "First title" },
          { position: 1, publisher: "B", title: "" },
        ],
      },
    },
  });
  eventId = event.id;
});

afterAll(async () => {
  await db.event.deleteMany({ where: { slug: SLUG } });
});

/** The summary built independently through Prisma's relations, as hydrateEvents used to. */
async function expectedSummary(id: number) {
  const row = await db.event.findUniqueOrThrow({
    where: { id },
    include: { topics: { include: { topic: true } }, actors: { include: { actor: true } }, countries: { include: { country: true } }, _count: { select: { sources: true } } },
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    earliest: row.earliest,
    latest: row.latest,
    importance: row.importance,
    status: row.status,
    topics: row.topics.map(({ topic }) => ({ slug: topic.slug, name: topic.name })).sort(byName),
    actors: row.actors.map(({ actor }) => ({ slug: actor.slug, name: actor.name })).sort(byName),
    countries: row.countries.map(({ country }) => ({ code: country.code, name: country.name })).sort(byName),
    sourceCount: row._count.sources,
    updatedAt: row.updatedAt.toISOString(),
  };
}

describe("hydrateEvents", () => {
  it("returns the summaries in the order of the ids asked for, leaving out unknown ids", async () => {
    const ids = (await db.event.findMany({ select: { id: true }, orderBy: { id: "desc" } })).map((row) => row.id);
    const asked = [ids[3]!, 999_999_999, ids[0]!, ids[7]!, ids[1]!];
    const rows = await hydrateEvents(asked);
    expect(rows.map((row) => row.id)).toEqual([ids[3], ids[0], ids[7], ids[1]]);
    expect(await hydrateEvents([])).toEqual([]);
  });

  it("gives every reference event the fields Prisma's relations give", async () => {
    const ids = (await db.event.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
    const rows = await hydrateEvents(ids);
    expect(rows).toHaveLength(ids.length);
    for (const row of rows) expect(row).toMatchObject(await expectedSummary(row.id));
    expect(rows.some((row) => row.topics.length > 1 && row.actors.length > 0 && row.countries.length > 0)).toBe(true);
  });

  it("sorts tags by name, counts every source and keeps the stored date label and circa flag", async () => {
    const [row] = await hydrateEvents([eventId]);
    expect(row).toMatchObject(await expectedSummary(eventId));
    expect(row!.topics).toHaveLength(3);
    expect(row!.sourceCount).toBe(3);
    expect(row!.dateLabel).toBe("spring-ish 2024");
    expect(row!.date.approximate).toBe(true);
    expect(typeof row!.exactDate).toBe("boolean");
    expect(JSON.parse(JSON.stringify(row))).toEqual(row);
  });

  it("with texts: the body and the non-empty source titles in source order", async () => {
    const { rows, texts } = await hydrateEventsWithTexts([eventId]);
    expect(rows).toEqual(await hydrateEvents([eventId]));
    expect(texts.get(eventId)).toEqual({ body: "A body with a harbour.", sourceTitles: ["First title", "Third title"] });
  });

  it("an event without tags or sources has empty lists and no source", async () => {
    const bare = await db.event.create({
      data: { slug: `${SLUG}-bare`, title: "Bare", ...toStoredEventDate({ start: partial("2001"), end: null, approximate: false }), status: "published" },
    });
    try {
      const [row] = await hydrateEvents([bare.id]);
      expect(row).toMatchObject({ topics: [], actors: [], countries: [], sourceCount: 0, dateLabel: "2001" });
      expect((await hydrateEventsWithTexts([bare.id])).texts.get(bare.id)).toEqual({ body: "", sourceTitles: [] });
    } finally {
      await db.event.delete({ where: { id: bare.id } });
    }
  });
});

describe("findEvents totals known from the page itself", () => {
  const everything = { ...EMPTY_FILTER, topicIds: [], actorIds: [] };

  it("a last, partial page and an empty first page give the exact total", async () => {
    const total = await countEvents(everything, ANONYMOUS);
    const pageSize = 5;
    const lastPage = Math.ceil(total / pageSize);
    const last = await findEvents({ filter: everything, viewer: ANONYMOUS, page: lastPage, pageSize });
    expect(last).toMatchObject({ total, totalExact: true, hasNextPage: false, pageCount: lastPage });
    const none = await findEvents({ filter: { ...everything, q: "zyzzyvaqq" }, viewer: ANONYMOUS });
    expect(none).toMatchObject({ rows: [], total: 0, totalExact: true, pageCount: 1, hasNextPage: false });
    const past = await findEvents({ filter: everything, viewer: ANONYMOUS, page: lastPage + 3, pageSize });
    expect(past).toMatchObject({ rows: [], total, totalExact: true });
  });

  it.each([
    ["date", [{ earliest: "asc" }, { latest: "asc" }, { id: "asc" }]],
    ["-title", [{ title: "desc" }, { id: "desc" }]],
    ["-importance", [{ importance: "desc" }, { earliest: "asc" }, { id: "asc" }]],
    ["updated", [{ updatedAt: "asc" }, { id: "asc" }]],
  ] as const)("pages found and hydrated in one statement keep the %s order and hydrate like hydrateEvents", async (sort, orderBy) => {
    const expected = await db.event.findMany({ where: { status: "published", deletedAt: null }, orderBy: [...orderBy], select: { id: true } });
    const pages = [];
    for (let page = 1; page <= Math.ceil(expected.length / 4); page++) pages.push(...(await findEvents({ filter: everything, viewer: ANONYMOUS, sort, page, pageSize: 4 })).rows);
    expect(pages.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    expect(pages).toEqual(await hydrateEvents(expected.map((row) => row.id)));
  });

  it("a search page carries snippets from the body or a source title", async () => {
    const result = await findEvents({ filter: { ...everything, q: "harbour" }, viewer: ANONYMOUS });
    const row = result.rows.find((event) => event.slug === SLUG);
    expect(row?.snippet?.filter((part) => part.mark).map((part) => part.text)).toEqual(["harbour"]);
    const byTitle = await findEvents({ filter: { ...everything, q: "third title" }, viewer: ANONYMOUS });
    expect(byTitle.rows.find((event) => event.slug === SLUG)?.snippet?.map((part) => part.text).join("")).toContain("Third title");
  });
});
