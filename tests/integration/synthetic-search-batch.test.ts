import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { resolveDatabaseConfig } from "@/lib/db/database-config";
import { generateEvents, type SyntheticEvent } from "@/lib/synthetic/generate-events";
import { generateTaxonomy } from "@/lib/synthetic/generate-taxonomy";
import { createPostgresWriter } from "../../scripts/synthetic/postgres-writer";
import { createSqliteWriter } from "../../scripts/synthetic/sqlite-writer";
import { createDatabase, dropDatabase, testDatabaseUrl } from "../support/test-database";

// The loader's own database, of the kind DATABASE_URL names: on PostgreSQL this checks postgres-writer's
// one-statement search index, on SQLite the FTS5 one (synthetic-loader.test.ts checks that against its source).
const url = testDatabaseUrl("searchbatch");
const COPY_OFFSET = 1_000_000;

/** Text the synthetic vocabulary lacks: accents (the fold), capitals, a non-Latin script, punctuation runs. */
function withAwkwardText(events: SyntheticEvent[]): SyntheticEvent[] {
  return events.map((event, index) => {
    if (index % 7 === 0) return { ...event, title: `Élysée Summit in Zürich — ${event.title}`, body: `${event.body} Łódź, São Paulo & İstanbul; ΣΊΣΥΦΟΣ… naïve café` };
    if (index % 7 === 1) return { ...event, summary: `ÀÉÎÕÜ straße ǅemal ${event.summary}`, sources: event.sources.map((source) => ({ ...source, title: `Ångström's “report” ${source.title}` })) };
    if (index % 7 === 2) return { ...event, summary: "", body: "--- !!! ---" };
    return event;
  });
}

interface Raw {
  all(sql: string): Promise<Record<string, unknown>[]>;
  run(sql: string): Promise<void>;
  close(): Promise<void>;
}

async function openRaw(): Promise<Raw> {
  const config = resolveDatabaseConfig(url);
  if (config.provider === "sqlite") {
    const sqlite = new Database(config.file);
    return { all: async (sql) => sqlite.prepare(sql).all() as Record<string, unknown>[], run: async (sql) => void sqlite.exec(sql), close: async () => void sqlite.close() };
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  return { all: async (sql) => (await client.query(sql)).rows, run: async (sql) => void (await client.query(sql)), close: () => client.end() };
}

const EVENT_COLUMNS = "title, summary, body, start_value, start_precision, end_value, end_precision, approximate, earliest, latest, importance, status, created_at, updated_at, version";

describe("the synthetic loader's search index", () => {
  afterAll(() => dropDatabase(url));

  it("holds, for every loaded event, exactly the search row the triggers build for the same event and sources", async () => {
    await createDatabase(url);
    const config = resolveDatabaseConfig(url);
    const writer = config.provider === "sqlite" ? createSqliteWriter(config.file) : createPostgresWriter(config.url);
    const taxonomy = generateTaxonomy(7, 40);
    const ids = await writer.upsertTaxonomy(taxonomy);
    const events = withAwkwardText([...generateEvents({ count: 240, seed: 7, firstId: await writer.nextEventId(), taxonomy })]);
    await writer.writeBatch(events.slice(0, 130), ids);
    await writer.writeBatch(events.slice(130), ids);
    await writer.finish();

    const raw = await openRaw();
    try {
      // The same events and sources again, under other ids, inserted with the search triggers on as the app would.
      await raw.run(`INSERT INTO events (id, slug, ${EVENT_COLUMNS}) SELECT id + ${COPY_OFFSET}, 'copy-' || slug, ${EVENT_COLUMNS} FROM events`);
      await raw.run(`INSERT INTO sources (event_id, position, publisher, title, url, published_on)
        SELECT event_id + ${COPY_OFFSET}, position, publisher, title, url, published_on FROM sources ORDER BY id`);
      // SQLite's event_search is contentless: a row is its tokens (term, column, position), read through fts5vocab.
      if (config.provider === "sqlite") await raw.run("CREATE VIRTUAL TABLE temp.indexed_tokens USING fts5vocab(main, event_search, instance)");
      const row = config.provider === "sqlite"
        ? "SELECT doc AS id, col, offset, term FROM temp.indexed_tokens WHERE doc %s ORDER BY doc, col, offset, term"
        : "SELECT event_id AS id, document::text AS document FROM event_search WHERE event_id %s ORDER BY event_id";
      const loaded = await raw.all(row.replace("%s", `< ${COPY_OFFSET}`));
      const triggered = (await raw.all(row.replace("%s", `>= ${COPY_OFFSET}`))).map((r) => ({ ...r, id: Number(r.id) - COPY_OFFSET }));
      expect(loaded.map((r) => ({ ...r, id: Number(r.id) }))).toEqual(triggered);
      expect(new Set(loaded.map((r) => Number(r.id))).size).toBe(240);
      const rows = config.provider === "sqlite"
        ? await raw.all(`SELECT count(*) AS n FROM event_search WHERE rowid < ${COPY_OFFSET}`)
        : await raw.all(`SELECT count(*) AS n FROM event_search WHERE event_id < ${COPY_OFFSET}`);
      expect(Number(rows[0]!.n)).toBe(240);
      // The fold reached the index: "Zürich" is found as "zurich", "São" as "sao".
      const folded = config.provider === "sqlite"
        ? await raw.all(`SELECT count(*) AS n FROM event_search WHERE event_search MATCH 'zurich AND sao' AND rowid < ${COPY_OFFSET}`)
        : await raw.all(`SELECT count(*) AS n FROM event_search WHERE document @@ 'zurich & sao'::tsquery AND event_id < ${COPY_OFFSET}`);
      expect(Number(folded[0]!.n)).toBe(Math.ceil(240 / 7));
    } finally {
      await raw.close();
    }
  });
});
