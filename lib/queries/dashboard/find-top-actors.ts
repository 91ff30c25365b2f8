import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { toNumber } from "../sql/dialect-sql";

export const TOP_ACTORS = 10;

export interface ActorCount {
  slug: string;
  name: string;
  kind: ActorKind;
  count: number;
}

/** The actors involved in the most matching events; ties by name. */
export async function findTopActors(filter: ResolvedEventFilter, viewer: Viewer, limit = TOP_ACTORS): Promise<ActorCount[]> {
  const rows = await readSql<{ slug: string; name: string; kind: string; n: unknown }[]>`
    SELECT a.slug AS slug, a.name AS name, a.kind AS kind, COUNT(*) AS n
    FROM events e JOIN event_actors ea ON ea.event_id = e.id JOIN actors a ON a.id = ea.actor_id
    WHERE ${eventWhereSql(filter, viewer)}
    GROUP BY a.id, a.slug, a.name, a.kind
    ORDER BY n DESC, a.name ASC
    LIMIT ${limit}`;
  return rows.map((row) => ({ slug: row.slug, name: row.name, kind: row.kind as ActorKind, count: toNumber(row.n) }));
}
