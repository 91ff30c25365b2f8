import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { toNumber } from "../sql/dialect-sql";
import { byCountThenName } from "./rank-order";

export const TOP_ACTORS = 10;

export interface ActorCount {
  slug: string;
  name: string;
  kind: ActorKind;
  count: number;
}

/** The actors involved in the most matching events; ties by name. */
export async function findTopActors(filter: ResolvedEventFilter, viewer: Viewer, limit = TOP_ACTORS): Promise<ActorCount[]> {
  return readTopActors(Prisma.sql`
    SELECT ea.actor_id AS actor_id, COUNT(*) AS n
    FROM events e JOIN event_actors ea ON ea.event_id = e.id
    WHERE ${eventWhereSql(filter, viewer)}
    GROUP BY ea.actor_id`, limit);
}

/**
 * The first `limit` actors of `counted` (rows of actor_id and n) by byCountThenName. Every actor tied at the cut is
 * read and the ranking sorted here, so that it is the same as one counted from the count tables.
 */
export async function readTopActors(counted: Prisma.Sql, limit: number): Promise<ActorCount[]> {
  const rows = await readSql<{ slug: string; name: string; kind: string; n: unknown }[]>`
    WITH counted AS (${counted})
    SELECT a.slug AS slug, a.name AS name, a.kind AS kind, counted.n AS n
    FROM counted JOIN actors a ON a.id = counted.actor_id
    WHERE counted.n >= COALESCE((SELECT n FROM counted ORDER BY n DESC LIMIT 1 OFFSET ${Math.max(0, limit - 1)}), 0)`;
  return rows
    .map((row) => ({ slug: row.slug, name: row.name, kind: row.kind as ActorKind, count: toNumber(row.n) }))
    .sort(byCountThenName)
    .slice(0, limit);
}
