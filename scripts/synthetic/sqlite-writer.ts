import Database from "better-sqlite3";
import type { SyntheticEvent } from "../../lib/synthetic/generate-events";
import type { SyntheticTaxonomy } from "../../lib/synthetic/generate-taxonomy";
import { rebuildEventCountsSql } from "../../lib/db/event-counts-sql";
import { RELOAD_EVERYTHING_SQL } from "../../lib/db/event-changes-sql";
import type { SyntheticWriter, TaxonomyIds } from "./writer";

const now = () => new Date().toISOString().replace("Z", "+00:00");

export function createSqliteWriter(file: string): SyntheticWriter {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  // Bulk load: durability of each batch is not needed until the end.
  db.pragma("synchronous = OFF");

  const insertEvent = db.prepare(`INSERT INTO events (id, slug, title, summary, body, start_value, start_precision, end_value, end_precision, approximate, earliest, latest, importance, status, created_at, updated_at, version)
    VALUES (@id, @slug, @title, @summary, @body, @startValue, @startPrecision, @endValue, @endPrecision, @approximate, @earliest, @latest, @importance, @status, @now, @now, 1)`);
  const insertTopic = db.prepare("INSERT INTO event_topics (event_id, topic_id) VALUES (?, ?)");
  const insertActor = db.prepare("INSERT INTO event_actors (event_id, actor_id) VALUES (?, ?)");
  const insertCountry = db.prepare("INSERT INTO event_countries (event_id, country_code) VALUES (?, ?)");
  const insertSource = db.prepare("INSERT INTO sources (event_id, position, publisher, title, url, published_on) VALUES (?, ?, ?, ?, ?, ?)");
  const insertRelation = db.prepare("INSERT OR IGNORE INTO event_relations (from_id, to_id, type) VALUES (?, ?, ?)");

  // The search index's triggers update the FTS table once per source row, which makes a bulk load many
  // times slower (BENCHMARKS.md, “Figures: bulk loading”). Inside each batch's transaction they are dropped,
  // the batch is indexed in one statement (the same one the search migration backfills with), and they are
  // put back: a crash rolls all of it back.
  const searchTriggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'event_search_%'")
    .all() as { name: string; sql: string }[];
  const indexBatch = searchTriggers.length
    ? db.prepare(`INSERT INTO event_search (rowid, title, summary, sources, body)
        SELECT e.id, e.title, e.summary, COALESCE((SELECT group_concat(s.title, ' ') FROM sources s WHERE s.event_id = e.id), ''), e.body
        FROM events e WHERE e.id BETWEEN ? AND ?`)
    : null;

  // The count triggers (and event_actor_kinds', which the counts may read, and the change log's) cost an upsert per event and link row;
  // they are dropped the same way and the tables are rebuilt once at the end, in one transaction.
  const countsTriggers = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'event_counts_%' OR name LIKE 'event_actor_kinds_%' OR name LIKE 'event_changes_%')")
    .all() as { name: string; sql: string }[];
  const droppedTriggers = [...searchTriggers, ...countsTriggers];
  const rebuildCounts = db.transaction(() => {
    for (const statement of rebuildEventCountsSql("sqlite")) db.exec(statement);
    for (const statement of RELOAD_EVERYTHING_SQL) db.exec(statement);
  });

  const writeBatch = db.transaction((events: SyntheticEvent[], ids: TaxonomyIds) => {
    for (const trigger of droppedTriggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
    const stamp = now();
    for (const event of events) {
      insertEvent.run({ ...event, approximate: event.approximate ? 1 : 0, now: stamp });
      for (const index of event.topicIndexes) insertTopic.run(event.id, ids.topicIds[index]);
      for (const index of event.actorIndexes) insertActor.run(event.id, ids.actorIds[index]);
      for (const code of event.countryCodes) insertCountry.run(event.id, code);
      event.sources.forEach((source, position) => insertSource.run(event.id, position, source.publisher, source.title, source.url, source.publishedOn));
      for (const relation of event.relations) insertRelation.run(event.id, relation.toId, relation.type);
    }
    indexBatch?.run(events[0]!.id, events[events.length - 1]!.id);
    for (const trigger of droppedTriggers) db.exec(trigger.sql);
  });

  return {
    async upsertTaxonomy(taxonomy: SyntheticTaxonomy) {
      db.transaction(() => {
        const topic = db.prepare("INSERT INTO topics (slug, name) VALUES (?, ?) ON CONFLICT(slug) DO NOTHING");
        for (const t of taxonomy.topics) topic.run(t.slug, t.name);
        const actor = db.prepare("INSERT INTO actors (slug, name, kind) VALUES (?, ?, ?) ON CONFLICT(slug) DO NOTHING");
        for (const a of taxonomy.actors) actor.run(a.slug, a.name, a.kind);
        const country = db.prepare("INSERT INTO countries (code, name) VALUES (?, ?) ON CONFLICT(code) DO NOTHING");
        for (const c of taxonomy.countries) country.run(c.code, c.name);
      })();
      const topicId = new Map((db.prepare("SELECT id, slug FROM topics").all() as { id: number; slug: string }[]).map((r) => [r.slug, r.id]));
      const actorId = new Map((db.prepare("SELECT id, slug FROM actors").all() as { id: number; slug: string }[]).map((r) => [r.slug, r.id]));
      return { topicIds: taxonomy.topics.map((t) => topicId.get(t.slug)!), actorIds: taxonomy.actors.map((a) => actorId.get(a.slug)!) };
    },
    async nextEventId() {
      const row = db.prepare("SELECT COALESCE(MAX(id), 0) + 1 AS next FROM events").get() as { next: number };
      return row.next;
    },
    async writeBatch(events, ids) {
      writeBatch(events, ids);
    },
    async finish() {
      if (countsTriggers.length) {
        const started = performance.now();
        rebuildCounts();
        console.log(`Rebuilt event_counts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
      }
      db.pragma("synchronous = FULL");
      db.exec("ANALYZE");
      db.close();
    },
  };
}
