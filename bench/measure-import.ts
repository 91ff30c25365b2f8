import Database from "better-sqlite3";
import pg from "pg";
import { toStoredEventDate } from "../lib/dates/event-date";
import { parsePartialDate } from "../lib/dates/partial-date";
import { deleteEventsInBulkPostgresSql, deleteEventsInBulkSqlite } from "../lib/db/delete-events-in-bulk";
import { signIn } from "./measure-admin";
import { percentile } from "./timing";

export interface ImportMeasurement {
  rows: number;
  /** The whole request: upload, parsing, checks, and the transaction with its revisions and derived counts (the median run). */
  appMs: number;
  appRowsPerSecond: number;
  /** The same events, sources and country links as multi-row INSERTs in one transaction, through the same driver (median). */
  rawMs: number;
  rawRowsPerSecond: number;
  ratio: number;
  /** Every run's time, in the order measured (app and raw alternate). */
  appRunsMs: number[];
  rawRunsMs: number[];
}

/**
 * Runs of each side: their median is reported. On this shared machine one 100,000-row import took 22.9–34.6 s within
 * an hour through the same code (the disk's own stalls), so a single run said more about the minute than the code.
 */
export const IMPORT_RUNS = 3;

const DATES = ["July 2019", "2019-07", "27 June 2025", "2013", "Q3 2024", "summer 2025", "3 July 2025"];
const CANONICAL = ["2019-07", "2019-07", "2025-06-27", "2013", "2024-Q3", "2025-summer", "2025-07-03"];

interface BenchRow {
  id: string;
  title: string;
  date: string;
  canonical: string;
  country: string;
  url: string;
}

/** Row `i` of the bench's CSV file `tag`: a draft with one source and one country, its date in one of seven forms. */
function benchRow(i: number, tag: string): BenchRow {
  return {
    id: `bench-${tag}-${i}`,
    title: `Bench import ${tag} ${i}: officials discuss the corridor`,
    date: DATES[i % DATES.length]!,
    canonical: CANONICAL[i % CANONICAL.length]!,
    country: i % 3 ? "MY" : "FR",
    url: `https://bench.example/${tag}/${i}`,
  };
}

const benchRows = (count: number, tag: string) => Array.from({ length: count }, (_, i) => benchRow(i, tag));

export const BENCH_CSV_HEADER = "ID,Headline,Date,Country,Publisher,Link";
const csvLine = (row: BenchRow) => `${row.id},"${row.title}",${row.date},${row.country},AFP,${row.url}`;

/** Lines first…end-1 of the bench's CSV file `tag`, each ending in a newline. */
export function benchCsvLines(tag: string, first: number, end: number): string {
  let lines = "";
  for (let i = first; i < end; i++) lines += `${csvLine(benchRow(i, tag))}\n`;
  return lines;
}

const csvOf = (rows: BenchRow[]) => [BENCH_CSV_HEADER, ...rows.map(csvLine)].join("\n");

/** A writable connection of the bench database's own driver, for the baseline and for putting the database back. */
export interface Writer {
  run(sql: string, params: unknown[]): Promise<void>;
  transaction(body: () => Promise<void>): Promise<void>;
  /** Deletes the events `where` selects (a condition on events' columns, no parameters), with everything they own. */
  deleteEvents(where: string): Promise<void>;
  /** Writes out what earlier work left in memory, so that a measurement does not pay for it. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

/** The tables an import writes to and the clean-up deletes from. */
const WRITTEN_TABLES = [
  "events", "sources", "event_topics", "event_actors", "event_countries", "event_relations", "event_revisions", "event_changes", "event_search",
  "event_search_fields", "event_counts", "event_pair_counts", "event_link_days", "event_actor_kinds", "import_batches",
];

export function openWriter(url: string): Writer {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const client = new pg.Client({ connectionString: url });
    const connected = client.connect();
    const number = (sql: string) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    const transaction = async (body: () => Promise<void>) => {
      await connected;
      await client.query("BEGIN");
      try {
        await body();
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
    };
    // It needs pg_checkpoint (PostgreSQL 15: GRANT pg_checkpoint TO …); without it the bench goes on and says so.
    const settle = async () => {
      await connected;
      await client.query("CHECKPOINT").catch((error: unknown) => console.warn(`bench: no CHECKPOINT (${error instanceof Error ? error.message : String(error)})`));
    };
    return {
      run: async (sql, params) => {
        await connected;
        await client.query(number(sql), params);
      },
      transaction,
      settle,
      // Then vacuumed: left to autovacuum, 100,000 deleted rows a table were cleaned up during the next measurement,
      // and the same import took 27–39 s within an hour (BENCHMARKS.md, “Import”).
      deleteEvents: async (where) => {
        await transaction(async () => {
          for (const statement of deleteEventsInBulkPostgresSql(where)) await client.query(statement);
        });
        await client.query(`VACUUM (ANALYZE) ${WRITTEN_TABLES.join(", ")}`);
        // And written out: else the next measurement runs into the checkpoint of the clean-up's gigabyte of WAL (the
        // same import took 36.6 s right after one and 29.7 s after a CHECKPOINT).
        await settle();
      },
      close: () => client.end(),
    };
  }
  const sqlite = new Database(url.replace(/^file:/, ""));
  sqlite.pragma("busy_timeout = 60000");
  // The links, sources and revisions of a deleted event go with it, as through the app.
  sqlite.pragma("foreign_keys = ON");
  return {
    run: async (sql, params) => void sqlite.prepare(sql).run(...(params as never[])),
    transaction: async (body) => {
      sqlite.exec("BEGIN IMMEDIATE");
      try {
        await body();
        sqlite.exec("COMMIT");
      } catch (error) {
        sqlite.exec("ROLLBACK");
        throw error;
      }
    },
    // Through the row triggers, 100,000 deletes would take minutes.
    deleteEvents: async (where) => void deleteEventsInBulkSqlite(sqlite, where),
    settle: async () => void sqlite.pragma("wal_checkpoint(TRUNCATE)"),
    close: async () => void sqlite.close(),
  };
}

async function insertChunks(writer: Writer, table: string, columns: string[], rows: unknown[][]) {
  const size = Math.floor(30_000 / columns.length);
  for (let at = 0; at < rows.length; at += size) {
    const chunk = rows.slice(at, at + size);
    await writer.run(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ")}`, chunk.flat());
  }
}

/** The hand-written baseline: the rows' events, sources and country links, nothing else (no revisions, no checks). */
async function rawImport(writer: Writer, rows: BenchRow[], kind: "sqlite" | "postgres"): Promise<number> {
  const now = kind === "sqlite" ? new Date().toISOString() : new Date();
  const started = performance.now();
  await writer.transaction(async () => {
    const events = rows.map((row) => {
      const parsed = parsePartialDate(row.canonical);
      if (!parsed.ok) throw new Error(parsed.message);
      const stored = toStoredEventDate({ start: parsed.value, end: null, approximate: false });
      return [`raw-${row.id}`, row.title, stored.startValue, stored.startPrecision, stored.endPrecision, kind === "sqlite" ? 0 : false, stored.earliest, stored.latest, 3, "draft", now, now, 1, `raw-${row.id}`];
    });
    await insertChunks(writer, "events", ["slug", "title", "start_value", "start_precision", "end_precision", "approximate", "earliest", "latest", "importance", "status", "created_at", "updated_at", "version", "external_id"], events);
    // The ids by external id: one SELECT, as the app's RETURNING gives them.
    await writer.run(`INSERT INTO sources (event_id, position, publisher, title, url) SELECT id, 0, 'AFP', '', 'https://bench.example/raw/' || id FROM events WHERE external_id LIKE 'raw-bench-%'`, []);
    await writer.run(`INSERT INTO event_countries (event_id, country_code) SELECT id, CASE WHEN id % 3 = 0 THEN 'FR' ELSE 'MY' END FROM events WHERE external_id LIKE 'raw-bench-%'`, []);
  });
  return performance.now() - started;
}

/**
 * Imports `count` CSV rows through POST /api/v1/imports as the bench editor (drafts, one source and one country each,
 * dates in seven written forms), against the same rows inserted by hand through the same driver, `runs` times each,
 * alternately; each run's rows are deleted after it so the database is as before.
 */
export async function measureImport(origin: string, databaseUrl: string, editor: { email: string; password: string }, count: number, runs = IMPORT_RUNS): Promise<ImportMeasurement> {
  const writer = openWriter(databaseUrl);
  const kind = databaseUrl.startsWith("file:") ? "sqlite" : "postgres";
  const appRunsMs: number[] = [];
  const rawRunsMs: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const tag = `${Date.now().toString(36)}${run}`;
      const rows = benchRows(count, tag);
      // Each side starts from a database written out: the app's import ran into the checkpoint of the bench database's
      // fill (30.6 s, then 24.9 s in the next run), where the raw side always followed the clean-up's CHECKPOINT.
      await writer.settle();
      // Signed in just before: the import then goes on a connection in use, where one idle through the settling (a
      // SQLite checkpoint took seconds) was closed by the server as the upload began (write EPIPE).
      const cookie = await signIn(origin, editor);
      const started = performance.now();
      const response = await fetch(`${origin}/api/v1/imports?fileName=bench.csv`, { method: "POST", headers: { cookie, origin, "content-type": "text/csv" }, body: csvOf(rows) });
      appRunsMs.push(performance.now() - started);
      const answer = (await response.json()) as { data?: { batchId: number; created: number }; error?: { message: string; errors?: unknown[] } };
      if (response.status !== 201 || answer.data?.created !== count) throw new Error(`bench import: ${response.status} ${JSON.stringify(answer.error ?? answer.data).slice(0, 400)}`);
      await writer.deleteEvents(`import_batch_id = ${answer.data.batchId}`);
      await writer.run("DELETE FROM import_batches WHERE id = ?", [answer.data.batchId]);

      await writer.settle();
      rawRunsMs.push(await rawImport(writer, rows, kind));
      await writer.deleteEvents("external_id LIKE 'raw-bench-%'");
    }
  } finally {
    await writer.close();
  }
  const median = (samples: number[]) => percentile([...samples].sort((a, b) => a - b), 50);
  const appMs = median(appRunsMs);
  const rawMs = median(rawRunsMs);
  const perSecond = (ms: number) => Math.round((count / ms) * 1000);
  return {
    rows: count,
    appMs: Math.round(appMs),
    appRowsPerSecond: perSecond(appMs),
    rawMs: Math.round(rawMs),
    rawRowsPerSecond: perSecond(rawMs),
    ratio: Math.round((appMs / rawMs) * 10) / 10,
    appRunsMs: appRunsMs.map(Math.round),
    rawRunsMs: rawRunsMs.map(Math.round),
  };
}
