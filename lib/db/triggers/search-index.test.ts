import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RAW_SQL_TABLES } from "../raw-sql-tables";

/** A SQLite database in memory, built by every migration as a deployed one is. */
function migratedDatabase(): Database.Database {
  const db = new Database(":memory:");
  db.pragma("foreign_keys = ON");
  const dir = path.join("prisma", "sqlite", "migrations");
  for (const name of fs.readdirSync(dir).sort()) {
    const file = path.join(dir, name, "migration.sql");
    if (fs.existsSync(file)) db.exec(fs.readFileSync(file, "utf8"));
  }
  return db;
}

interface Token {
  term: string;
  doc: number;
  col: string;
  offset: number;
}

/**
 * Every token event_search holds (term, event, column, position), beside every token of an index built afresh from
 * the events by the backfill statement. A contentless table keeps nothing else: equal tokens mean equal searches.
 */
function indexAndRebuild(db: Database.Database): { indexed: Token[]; rebuilt: Token[] } {
  db.exec(`DROP TABLE IF EXISTS temp.rebuilt_tokens;
    DROP TABLE IF EXISTS temp.rebuilt;
    CREATE VIRTUAL TABLE temp.rebuilt USING fts5(title, summary, sources, body, tokenize = 'unicode61 remove_diacritics 2', content = '');
    INSERT INTO temp.rebuilt (rowid, title, summary, sources, body)
    SELECT e.id, e.title, e.summary, COALESCE((SELECT group_concat(s.title, ' ') FROM sources s WHERE s.event_id = e.id), ''), e.body FROM main.events e;
    CREATE VIRTUAL TABLE temp.rebuilt_tokens USING fts5vocab(temp, rebuilt, instance);
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.indexed_tokens USING fts5vocab(main, event_search, instance);`);
  const read = (table: string) => db.prepare(`SELECT term, doc, col, offset FROM temp.${table} ORDER BY doc, col, offset, term`).all() as Token[];
  return { indexed: read("indexed_tokens"), rebuilt: read("rebuilt_tokens") };
}

describe("the SQLite search index", () => {
  let db: Database.Database;
  beforeEach(() => {
    db = migratedDatabase();
  });
  afterEach(() => db.close());

  it("is a contentless FTS5 table: no copy of the documents, only the index's shadow tables, each listed as raw SQL", () => {
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'event_search'").get() as { sql: string };
    expect(sql).toMatch(/content = ''/);
    expect(sql).toMatch(/contentless_delete = 1/);
    const shadows = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'event\\_search\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]).map((row) => row.name);
    expect(shadows).toEqual(["event_search_config", "event_search_data", "event_search_docsize", "event_search_idx", "event_search_vocab"]);
    expect(RAW_SQL_TABLES.sqlite.filter((table) => table.startsWith("event_search_"))).toEqual(shadows);
  });

  it("lists as raw SQL exactly the tables the migrations create and no model maps", () => {
    const models = fs.readFileSync("prisma/models.prisma", "utf8");
    const mapped = new Set([...models.matchAll(/@@map\("([^"]+)"\)/g)].map((match) => match[1]));
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as { name: string }[]).map((row) => row.name);
    expect(tables.filter((table) => !mapped.has(table)).sort()).toEqual([...RAW_SQL_TABLES.sqlite].sort());
  });

  it("follows every change to events and sources exactly, as a fresh index of them would hold it", () => {
    const insertEvent = db.prepare(`INSERT INTO events (id, slug, title, summary, body, start_precision, end_precision, earliest, latest, updated_at)
      VALUES (?, ?, ?, ?, ?, 'day', 'day', 0, 86400000, CURRENT_TIMESTAMP)`);
    const insertSource = db.prepare("INSERT INTO sources (event_id, position, publisher, title) VALUES (?, ?, 'Bernama', ?)");
    const steps: [string, () => void][] = [
      ["events created", () => {
        insertEvent.run(1, "one", "Élysée talks", "A summary", "The body of one");
        insertEvent.run(2, "two", "Census growth", "", "Officials met");
        insertEvent.run(3, "three", "Budget", "Ringgit", "");
      }],
      ["sources added", () => {
        insertSource.run(1, 0, "Envoy report");
        insertSource.run(1, 1, "Second source");
        insertSource.run(2, 0, "Zürich wire");
      }],
      ["a title changed", () => db.prepare("UPDATE events SET title = 'Palace talks' WHERE id = 1").run()],
      ["summary and body changed", () => db.prepare("UPDATE events SET summary = 'New summary', body = 'New body' WHERE id = 2").run()],
      ["a column the index lacks changed", () => db.prepare("UPDATE events SET importance = 5 WHERE id = 3").run()],
      ["a source renamed", () => db.prepare("UPDATE sources SET title = 'Envoy cable' WHERE event_id = 1 AND position = 0").run()],
      ["a source moved to another event", () => db.prepare("UPDATE sources SET event_id = 3 WHERE event_id = 1 AND position = 1").run()],
      ["a source deleted", () => db.prepare("DELETE FROM sources WHERE event_id = 2").run()],
      // The conflict clause of the statement that fires a trigger overrides the trigger's own (an INSERT OR REPLACE into
      // event_search would become a plain INSERT, and the words the row loses would stay found).
      ["a source inserted OR IGNORE", () => db.prepare("INSERT OR IGNORE INTO sources (event_id, position, publisher, title) VALUES (1, 2, 'Reuters', 'Ignored clause')").run()],
      ["a source renamed OR IGNORE", () => db.prepare("UPDATE OR IGNORE sources SET title = 'Renamed wire' WHERE event_id = 1 AND position = 2").run()],
      ["an event replaced under its id", () => db.prepare(`INSERT OR REPLACE INTO events (id, slug, title, summary, body, start_precision, end_precision, earliest, latest, updated_at)
        VALUES (3, 'three', 'Replaced budget', '', 'Fresh body', 'day', 'day', 0, 86400000, CURRENT_TIMESTAMP)`).run()],
      ["an event's id changed (its sources follow)", () => db.prepare("UPDATE events SET id = 10 WHERE id = 1").run()],
      ["an event deleted with its sources", () => db.prepare("DELETE FROM events WHERE id = 2").run()],
      ["everything written again in one transaction", () => db.transaction(() => {
        insertEvent.run(4, "four", "Four", "Four summary", "Four body");
        insertSource.run(4, 0, "Four source");
        db.prepare("UPDATE events SET title = 'Four again' WHERE id = 4").run();
        db.prepare("UPDATE sources SET title = 'Four source again' WHERE event_id = 4").run();
      })()],
    ];
    for (const [step, change] of steps) {
      change();
      const { indexed, rebuilt } = indexAndRebuild(db);
      expect(indexed, step).toEqual(rebuilt);
    }
    const ids = (db.prepare("SELECT rowid AS id FROM event_search ORDER BY rowid").all() as { id: number }[]).map((row) => row.id);
    expect(ids).toEqual([3, 4, 10]);
    expect(db.prepare("SELECT rowid AS id FROM event_search WHERE event_search MATCH '{sources} : cable'").all()).toEqual([{ id: 10 }]);
    expect(db.prepare("SELECT term FROM event_search_vocab WHERE term = 'envoy'").all()).toEqual([{ term: "envoy" }]);
    expect(db.prepare("SELECT count(*) AS n FROM event_search_vocab WHERE term = 'census'").get()).toEqual({ n: 0 });
  });
});
