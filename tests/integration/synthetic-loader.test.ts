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

    const db = new Database(file, { readonly: true });
    const expected = db.prepare(`SELECT e.id, e.title, e.summary, COALESCE((SELECT group_concat(s.title, ' ') FROM sources s WHERE s.event_id = e.id), '') AS sources, e.body FROM events e ORDER BY e.id`).all();
    const indexed = db.prepare("SELECT rowid AS id, title, summary, sources, body FROM event_search ORDER BY rowid").all();
    const triggers = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'event_search_%'").get() as { n: number };
    db.close();
    expect(indexed).toEqual(expected);
    expect(indexed).toHaveLength(300);
    expect(triggers.n).toBe(6);
  });
});
