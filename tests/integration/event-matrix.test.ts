import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { dialect } from "@/lib/db/client";
import { resolveDatabaseConfig } from "@/lib/db/database-config";
import { db } from "@/lib/db/client";
import { RELOAD_EVERYTHING_SQL } from "@/lib/db/event-changes-sql";
import { CHANGE_SOURCES } from "@/lib/db/triggers/event-changes";
import { FACETS } from "@/lib/domain/facets";
import { FACET_TABLES } from "@/lib/queries/sql/facet-sql";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { countFromEvents, planCount } from "@/lib/queries/counts/plan-count";
import { countMatchingEvents } from "@/lib/queries/count-matching-events";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { findEvents } from "@/lib/queries/find-events";
import { currentMatrix, searchPostingsOf } from "@/lib/queries/matrix/matrix-source";
import { SEARCH_POSTINGS_TUNING } from "@/lib/queries/matrix/search-postings";
import { parseSearchQuery } from "@/lib/queries/search/parse-search-query";
import { filterFromQuery } from "../support/filter-from-query";
import { createTestEvent, removeTestEvents } from "./event-fixtures";
import { insertSyntheticEvents } from "./timeline-synthetic-events";

const EDITOR: Viewer = { userId: "matrix-test", role: "editor" };

/** Shapes the count tables cannot answer, so the planner sends them to the matrix. */
const QUERIES = ["topic=syn-trade&country=MY", "country=FR&from=2004&importance=2", "q=corridor&country=MY", "actor_kind=government&from=2004&to=2006"];

async function expectMatrixEqualsSql(label: string, viewer: Viewer = ANONYMOUS) {
  for (const query of QUERIES) {
    const filter = await filterFromQuery(query);
    expect(planCount(filter, viewer, "dashboard").table, query).toBe("event_matrix");
    expect(await getDashboardStats({ filter, viewer }), `${label}: ${query}`).toEqual(await getDashboardStats({ filter, viewer, planner: countFromEvents }));
    expect(await countMatchingEvents(filter, viewer), `${label}: ${query}`).toEqual(await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY, countFromEvents));
  }
}

async function countOf(query: string, viewer: Viewer = ANONYMOUS) {
  return (await countMatchingEvents(await filterFromQuery(query), viewer)).count;
}

describe("the event matrix", () => {
  const slugs: string[] = [];
  beforeAll(async () => {
    slugs.push(...(await insertSyntheticEvents({ count: 300, seed: 31, status: "published", fromYear: 2002, toYear: 2008 })));
    expect(await currentMatrix()).not.toBeNull();
  });
  afterAll(async () => {
    await removeTestEvents(slugs);
  });

  it("follows the link table of every facet", () => {
    const followed = CHANGE_SOURCES.map((source) => source.table);
    for (const facet of FACETS) expect(followed, facet.name).toContain(FACET_TABLES[facet.name].linkTable);
  });

  it("counts what SQL counts, for readers and editors", async () => {
    await expectMatrixEqualsSql("loaded");
    await expectMatrixEqualsSql("loaded, as an editor", EDITOR);
  });

  it("pages lists in every order it sorts by as SQL does", async () => {
    const withMatrixOff = async <T>(run: () => Promise<T>): Promise<T> => {
      process.env.CHRONICLE_EVENT_MATRIX = "off";
      try {
        return await run();
      } finally {
        delete process.env.CHRONICLE_EVENT_MATRIX;
      }
    };
    for (const query of [...QUERIES, "actor_kind=government", "q=corridor", "q=officials+corridor&from=2003"]) {
      const filter = await filterFromQuery(query);
      for (const sort of ["date", "-date", "importance", "-importance", "relevance"] as const) {
        for (const page of [1, 3]) {
          const options = { filter, viewer: EDITOR, sort, page, pageSize: 10 };
          const planned = await findEvents(options);
          const inSql = await withMatrixOff(() => findEvents(options));
          expect(planned.rows.map((row) => row.id), `${query} ${sort} page ${page}`).toEqual(inSql.rows.map((row) => row.id));
          expect(planned.rows, `${query} ${sort} page ${page}`).toEqual(inSql.rows);
          expect(planned.hasNextPage).toBe(inSql.hasNextPage);
          if (inSql.totalExact) expect(planned.total).toBe(inSql.total);
        }
      }
    }
  });

  it("follows every write to an event and its links, whoever makes it", async () => {
    const before = await countOf("topic=syn-trade&country=MY");
    const slug = "matrix-follows-writes";
    slugs.push(slug);
    const id = await createTestEvent({ slug, title: "Corridor talks", start: "2005-03", status: "published" });
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "syn-trade" } });
    await db.eventTopic.create({ data: { eventId: id, topicId: topic.id } });
    await db.eventCountry.create({ data: { eventId: id, countryCode: "MY" } });
    expect(await countOf("topic=syn-trade&country=MY")).toBe(before + 1);
    await expectMatrixEqualsSql("after an insert");

    await db.eventCountry.update({ where: { eventId_countryCode: { eventId: id, countryCode: "MY" } }, data: { countryCode: "FR" } });
    expect(await countOf("topic=syn-trade&country=MY")).toBe(before);
    expect(await countOf("topic=syn-trade&country=FR")).toBeGreaterThan(0);
    await expectMatrixEqualsSql("after a link moved");

    await db.event.update({ where: { id }, data: { status: "draft" } });
    expect(await countOf("topic=syn-trade&country=FR&status=draft", EDITOR)).toBe(1);
    await db.event.update({ where: { id }, data: { status: "published", deletedAt: new Date() } });
    await expectMatrixEqualsSql("after a deletion");
    await db.event.delete({ where: { id } });
    await expectMatrixEqualsSql("after a purge");
  });

  it("keeps a word's matches in memory and true across writes", async () => {
    const tuning = { ...SEARCH_POSTINGS_TUNING };
    // Every list kept and nothing tested row by row, whatever the size of the test database.
    Object.assign(SEARCH_POSTINGS_TUNING, { keepFrom: 1, probeAtMost: 0 });
    try {
      const words = ["q=corridor", "q=corridor&country=MY", "q=officials+corridor&from=2004"];
      const before = await Promise.all(words.map((query) => countOf(query)));
      await expectMatrixEqualsSql("kept lists");
      const kept = () => currentMatrix().then((matrix) => searchPostingsOf(matrix!).cached(parseSearchQuery("corridor")));
      expect(await kept()).not.toBeNull();

      const slug = "matrix-kept-search";
      slugs.push(slug);
      const id = await createTestEvent({ slug, title: "Officials open the corridor", start: "2005-04", status: "published" });
      await db.eventCountry.create({ data: { eventId: id, countryCode: "MY" } });
      expect(await Promise.all(words.map((query) => countOf(query)))).toEqual(before.map((count) => count + 1));
      await expectMatrixEqualsSql("a kept word, after an insert");
      // PostgreSQL tests the changed event against every kept list; SQLite forgets them (FTS5 cannot test one row).
      if (dialect === "postgres") expect(await kept()).not.toBeNull();

      await db.event.update({ where: { id }, data: { title: "Officials open the bridge" } });
      expect(await Promise.all(words.map((query) => countOf(query)))).toEqual(before);
      await expectMatrixEqualsSql("a kept word, after the word left the text");
    } finally {
      Object.assign(SEARCH_POSTINGS_TUNING, tuning);
    }
  });

  it("tests a narrow filter's events for the text one by one, with the same answers", async () => {
    const tuning = { ...SEARCH_POSTINGS_TUNING };
    Object.assign(SEARCH_POSTINGS_TUNING, { keepFrom: Number.POSITIVE_INFINITY, probeAtMost: Number.POSITIVE_INFINITY });
    try {
      await expectMatrixEqualsSql("probed");
      const filter = await filterFromQuery("q=officials+corridor&country=MY");
      const probed = await findEvents({ filter, viewer: EDITOR, sort: "-date", page: 1, pageSize: 10 });
      SEARCH_POSTINGS_TUNING.probeAtMost = 0;
      expect(probed).toEqual(await findEvents({ filter, viewer: EDITOR, sort: "-date", page: 1, pageSize: 10 }));
    } finally {
      Object.assign(SEARCH_POSTINGS_TUNING, tuning);
    }
  });

  it("reloads everything when a bulk load says so, counting in SQL meanwhile", async () => {
    const query = "topic=syn-trade&country=MY";
    const before = await countOf(query);
    // A bulk load: rows the change log does not name (its triggers are off during one), then "reload everything".
    const slug = "matrix-bulk-loaded";
    slugs.push(slug);
    const id = await createTestEvent({ slug, title: "Loaded in bulk", start: "2006", status: "published" });
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "syn-trade" } });
    await db.eventTopic.create({ data: { eventId: id, topicId: topic.id } });
    await db.eventCountry.create({ data: { eventId: id, countryCode: "MY" } });
    await db.$executeRawUnsafe(`DELETE FROM event_changes WHERE event_id = ${id}`);
    for (const statement of RELOAD_EVERYTHING_SQL) await db.$executeRawUnsafe(statement);
    // The reload runs in the background: counts stay right while it does, from SQL, and after it, from the matrix.
    expect(await countOf(query)).toBe(before + 1);
    for (let tries = 0; tries < 100 && !(await currentMatrix()); tries++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await currentMatrix()).not.toBeNull();
    expect(await countOf(query)).toBe(before + 1);
    await expectMatrixEqualsSql("after a reload");
  });

  // Only PostgreSQL runs writers side by side: SQLite's one writer commits in the order it numbers the changes.
  it.runIf(dialect === "postgres")("sees a write that commits after a later-numbered one (PostgreSQL)", async () => {
    const query = "topic=syn-trade&country=MY";
    const before = await countOf(query);
    const config = resolveDatabaseConfig();
    const slow = new pg.Client({ connectionString: config.provider === "postgres" ? config.url : "" });
    await slow.connect();
    const slug = "matrix-committed-late";
    slugs.push(slug);
    try {
      // The slow writer takes its change numbers first and commits last.
      await slow.query("BEGIN");
      const { rows } = await slow.query<{ id: number }>(
        `INSERT INTO events (slug, title, start_precision, end_precision, earliest, latest, status, importance, updated_at)
         VALUES ($1, 'Committed late', 'year', 'none', $2, $3, 'published', 3, now()) RETURNING id`,
        [slug, Date.UTC(2005, 0, 1), Date.UTC(2006, 0, 1)],
      );
      const id = rows[0]!.id;
      await slow.query("INSERT INTO event_topics (event_id, topic_id) SELECT $1, id FROM topics WHERE slug = 'syn-trade'", [id]);
      await slow.query("INSERT INTO event_countries (event_id, country_code) VALUES ($1, 'MY')", [id]);
      // Meanwhile another write commits, and a reader syncs past it.
      const quick = "matrix-committed-early";
      slugs.push(quick);
      await createTestEvent({ slug: quick, title: "Committed early", start: "2005", status: "draft" });
      expect(await countOf(query)).toBe(before);
      await slow.query("COMMIT");
      expect(await countOf(query)).toBe(before + 1);
      await expectMatrixEqualsSql("after a late commit");
    } finally {
      await slow.end();
    }
  });
});
