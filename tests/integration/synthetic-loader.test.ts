import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { generateEvents } from "@/lib/synthetic/generate-events";
import { generateTaxonomy } from "@/lib/synthetic/generate-taxonomy";
import { createSqliteWriter } from "../../scripts/synthetic/sqlite-writer";
import path from "node:path";
import { createDatabase, dropDatabase } from "../support/test-database";

// Whatever DATABASE_URL says, this checks the SQLite bulk loader, so it makes a SQLite file of its own.
const url = `file:${path.resolve(".data/test", `loader-${process.pid}-${Date.now()}.db`)}`;

describe("the SQLite synthetic loader", () => {
  afterAll(() => dropDatabase(url));

  it("indexes every loaded event for search and leaves the search triggers in place", async () => {
    await createDatabase(url);
    const file = url.replace(/^file:/, "");
    const writer = createSqliteWriter(file);
    const taxonomy = generateTaxonomy(3, 50);
    const ids = await writer.upsertTaxonomy(taxonomy);
    const events = [...generateEvents({ count: 300, seed: 3, firstId: await writer.nextEventId(), taxonomy })];
    await writer.writeBatch(events.slice(0, 150), ids);
    await writer.writeBatch(events.slice(150), ids);
    await writer.finish();

    // event_search is contentless: it holds no texts, only their tokens. Every token it holds (term, event, column,
    // position) must be those of an index built afresh from the events and their sources, once each.
    const db = new Database(file);
    db.exec(`CREATE VIRTUAL TABLE temp.rebuilt USING fts5(title, summary, sources, body, tokenize = 'unicode61 remove_diacritics 2', content = '');
      INSERT INTO temp.rebuilt (rowid, title, summary, sources, body)
      SELECT e.id, e.title, e.summary, COALESCE((SELECT group_concat(s.title, ' ') FROM sources s WHERE s.event_id = e.id), ''), e.body FROM main.events e;
      CREATE VIRTUAL TABLE temp.rebuilt_tokens USING fts5vocab(temp, rebuilt, instance);
      CREATE VIRTUAL TABLE temp.indexed_tokens USING fts5vocab(main, event_search, instance);`);
    const tokens = (table: string) => db.prepare(`SELECT term, doc, col, offset FROM temp.${table} ORDER BY doc, col, offset, term`).all();
    const expected = tokens("rebuilt_tokens");
    const indexed = tokens("indexed_tokens");
    const indexedIds = db.prepare("SELECT rowid AS id FROM event_search ORDER BY rowid").all();
    const eventIds = db.prepare("SELECT id FROM events ORDER BY id").all();
    const triggers = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'event_search_%'").get() as { n: number };
    db.close();
    expect(expected.length).toBeGreaterThan(300);
    expect(indexed).toEqual(expected);
    expect(indexedIds).toEqual(eventIds);
    expect(indexedIds).toHaveLength(300);
    expect(triggers.n).toBe(6);
  });
});
