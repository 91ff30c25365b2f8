import Database from "better-sqlite3";
import pg from "pg";
import type { DbKind } from "./bench-args";

/** The hand-written baseline: plain SQL through the same driver the app's adapter uses, no ORM. */
export interface RawDb {
  kind: DbKind;
  /** `?` placeholders on both databases; they become $1, $2, … for PostgreSQL. */
  all<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export function openRawDb(url: string): RawDb {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    // Same pool size as the app's PrismaPg default, so parallel queries get the same concurrency.
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    return {
      kind: "postgres",
      async all<T>(sql: string, params: unknown[] = []) {
        let n = 0;
        const text = sql.replace(/\?/g, () => `$${++n}`);
        return (await pool.query({ text, values: params })).rows as T[];
      },
      close: () => pool.end(),
    };
  }
  const sqlite = new Database(url.replace(/^file:/, ""), { readonly: true });
  const statements = new Map<string, Database.Statement>();
  return {
    kind: "sqlite",
    async all<T>(sql: string, params: unknown[] = []) {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = sqlite.prepare(sql)));
      return statement.all(...params) as T[];
    },
    async close() {
      sqlite.close();
    },
  };
}

/** `IN (?, ?, …)` for a list. */
export const placeholders = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/** What the app's hydrateEvents loads for a page of ids, by hand: the rows, their tags and source counts. */
export async function hydrateRaw(raw: RawDb, ids: number[]) {
  if (ids.length === 0) return [];
  const list = placeholders(ids);
  const [rows, topics, actors, countries, sources] = await Promise.all([
    raw.all<{ id: number }>(`SELECT * FROM events WHERE id IN (${list})`, ids),
    raw.all(`SELECT et.event_id, t.slug, t.name FROM event_topics et JOIN topics t ON t.id = et.topic_id WHERE et.event_id IN (${list})`, ids),
    raw.all(`SELECT ea.event_id, a.slug, a.name FROM event_actors ea JOIN actors a ON a.id = ea.actor_id WHERE ea.event_id IN (${list})`, ids),
    raw.all(`SELECT ec.event_id, c.code, c.name FROM event_countries ec JOIN countries c ON c.code = ec.country_code WHERE ec.event_id IN (${list})`, ids),
    raw.all(`SELECT event_id, COUNT(*) AS n FROM sources WHERE event_id IN (${list}) GROUP BY event_id`, ids),
  ]);
  const byId = new Map(rows.map((row) => [Number(row.id), { ...row, topics: [] as unknown[], actors: [] as unknown[], countries: [] as unknown[], sources: 0 }]));
  for (const t of topics) byId.get(Number(t.event_id))?.topics.push(t);
  for (const a of actors) byId.get(Number(a.event_id))?.actors.push(a);
  for (const c of countries) byId.get(Number(c.event_id))?.countries.push(c);
  for (const s of sources) { const row = byId.get(Number(s.event_id)); if (row) row.sources = Number(s.n); }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
