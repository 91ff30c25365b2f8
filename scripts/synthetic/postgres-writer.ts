import pg from "pg";
import type { SyntheticEvent } from "../../lib/synthetic/generate-events";
import type { SyntheticTaxonomy } from "../../lib/synthetic/generate-taxonomy";
import { rebuildEventCountsSql } from "../../lib/db/event-counts-sql";
import { RELOAD_EVERYTHING_SQL } from "../../lib/db/event-changes-sql";
import { indexSearchBatch } from "./postgres-search-batch";
import type { SyntheticWriter, TaxonomyIds } from "./writer";

/** One INSERT … SELECT FROM unnest($1::type[], …) per table and batch: a round trip per table, not per row. */
async function insertColumns(client: pg.PoolClient, sql: string, columns: unknown[][]) {
  if (columns[0]!.length > 0) await client.query(sql, columns);
}

interface LoadTrigger {
  name: string;
  table: string;
}

/**
 * The triggers a bulk load switches off inside each batch's transaction (a crash rolls that back too): the
 * event_counts ones, rebuilt once at the end, and the event_search ones, whose work the batch does in one statement.
 */
async function findLoadTriggers(client: pg.PoolClient, prefix: "event_counts_" | "event_actor_kinds_" | "event_changes_" | "event_search_"): Promise<LoadTrigger[]> {
  const { rows } = await client.query<LoadTrigger>(
    "SELECT t.tgname AS name, c.relname AS table FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal AND t.tgname LIKE $1",
    [`${prefix.replaceAll("_", "\\_")}%`],
  );
  return rows;
}

async function setTriggers(client: pg.PoolClient, triggers: LoadTrigger[], action: "ENABLE" | "DISABLE") {
  for (const trigger of triggers) await client.query(`ALTER TABLE "${trigger.table}" ${action} TRIGGER "${trigger.name}"`);
}

export function createPostgresWriter(url: string): SyntheticWriter {
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  let triggers: { counts: LoadTrigger[]; search: LoadTrigger[] } | undefined;

  /** Runs `work` in one transaction on one connection: all of it lands or none. */
  async function inTransaction(work: (client: pg.PoolClient) => Promise<void>) {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      await work(client);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    } finally {
      client.release();
    }
  }

  async function rebuildCounts() {
    const started = performance.now();
    await inTransaction(async (client) => {
      for (const statement of rebuildEventCountsSql("postgres")) await client.query(statement);
      for (const statement of RELOAD_EVERYTHING_SQL) await client.query(statement);
    });
    console.log(`Rebuilt event_counts in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  }

  return {
    async upsertTaxonomy(taxonomy: SyntheticTaxonomy) {
      const client = await pool.connect();
      try {
        await client.query("INSERT INTO topics (slug, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (slug) DO NOTHING", [taxonomy.topics.map((t) => t.slug), taxonomy.topics.map((t) => t.name)]);
        await client.query("INSERT INTO actors (slug, name, kind) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (slug) DO NOTHING", [taxonomy.actors.map((a) => a.slug), taxonomy.actors.map((a) => a.name), taxonomy.actors.map((a) => a.kind)]);
        await client.query("INSERT INTO countries (code, name) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (code) DO NOTHING", [taxonomy.countries.map((c) => c.code), taxonomy.countries.map((c) => c.name)]);
        const topics = new Map((await client.query<{ id: number; slug: string }>("SELECT id, slug FROM topics")).rows.map((r) => [r.slug, r.id]));
        const actors = new Map((await client.query<{ id: number; slug: string }>("SELECT id, slug FROM actors")).rows.map((r) => [r.slug, r.id]));
        return { topicIds: taxonomy.topics.map((t) => topics.get(t.slug)!), actorIds: taxonomy.actors.map((a) => actors.get(a.slug)!) };
      } finally {
        client.release();
      }
    },
    async nextEventId() {
      const { rows } = await pool.query<{ next: number }>("SELECT COALESCE(MAX(id), 0) + 1 AS next FROM events");
      return Number(rows[0]!.next);
    },
    async writeBatch(events: SyntheticEvent[], ids: TaxonomyIds) {
      await inTransaction(async (client) => {
        triggers ??= { counts: [...(await findLoadTriggers(client, "event_counts_")), ...(await findLoadTriggers(client, "event_actor_kinds_")), ...(await findLoadTriggers(client, "event_changes_"))], search: await findLoadTriggers(client, "event_search_") };
        const switched = [...triggers.counts, ...triggers.search];
        await setTriggers(client, switched, "DISABLE");
        const now = new Date();
        await insertColumns(client,
          `INSERT INTO events (id, slug, title, summary, body, start_value, start_precision, end_value, end_precision, approximate, earliest, latest, importance, status, created_at, updated_at, version)
           SELECT id, slug, title, summary, body, sv, sp, ev, ep, ap, ea, la, im, st, $15, $15, 1
           FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::bool[], $11::float8[], $12::float8[], $13::int[], $14::text[])
             AS t(id, slug, title, summary, body, sv, sp, ev, ep, ap, ea, la, im, st)`.replace("$15, $15", `'${now.toISOString()}', '${now.toISOString()}'`),
          [events.map((e) => e.id), events.map((e) => e.slug), events.map((e) => e.title), events.map((e) => e.summary), events.map((e) => e.body),
            events.map((e) => e.startValue), events.map((e) => e.startPrecision), events.map((e) => e.endValue), events.map((e) => e.endPrecision),
            events.map((e) => e.approximate), events.map((e) => e.earliest), events.map((e) => e.latest), events.map((e) => e.importance), events.map((e) => e.status)]);
        const pairs = (select: (e: SyntheticEvent) => unknown[]) => {
          const left: number[] = [];
          const right: unknown[] = [];
          for (const e of events) for (const value of select(e)) { left.push(e.id); right.push(value); }
          return [left, right];
        };
        await insertColumns(client, "INSERT INTO event_topics (event_id, topic_id) SELECT * FROM unnest($1::int[], $2::int[])", pairs((e) => e.topicIndexes.map((i) => ids.topicIds[i])));
        await insertColumns(client, "INSERT INTO event_actors (event_id, actor_id) SELECT * FROM unnest($1::int[], $2::int[])", pairs((e) => e.actorIndexes.map((i) => ids.actorIds[i])));
        await insertColumns(client, "INSERT INTO event_countries (event_id, country_code) SELECT * FROM unnest($1::int[], $2::text[])", pairs((e) => e.countryCodes));
        const sources = events.flatMap((e) => e.sources.map((s, position) => ({ ...s, eventId: e.id, position })));
        await insertColumns(client, "INSERT INTO sources (event_id, position, publisher, title, url, published_on) SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[])",
          [sources.map((s) => s.eventId), sources.map((s) => s.position), sources.map((s) => s.publisher), sources.map((s) => s.title), sources.map((s) => s.url), sources.map((s) => s.publishedOn)]);
        const relations = events.flatMap((e) => e.relations.map((r) => ({ ...r, fromId: e.id })));
        await insertColumns(client, "INSERT INTO event_relations (from_id, to_id, type) SELECT * FROM unnest($1::int[], $2::int[], $3::text[]) ON CONFLICT DO NOTHING",
          [relations.map((r) => r.fromId), relations.map((r) => r.toId), relations.map((r) => r.type)]);
        if (triggers.search.length) await indexSearchBatch(client, events.map((e) => e.id));
        await setTriggers(client, switched, "ENABLE");
      });
    },
    async finish() {
      if (triggers?.counts.length) await rebuildCounts();
      // Explicit ids leave the serial sequence behind; move it past them for later inserts.
      await pool.query("SELECT setval(pg_get_serial_sequence('events', 'id'), (SELECT COALESCE(MAX(id), 1) FROM events))");
      // VACUUM sets the visibility map, so index-only scans work at once instead of after autovacuum.
      await pool.query("VACUUM ANALYZE");
      await pool.end();
    },
  };
}
