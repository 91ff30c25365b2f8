import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { toNumber } from "../sql/dialect-sql";
import { byCountThenName } from "./rank-order";

export interface CountryCount {
  code: string;
  name: string;
  count: number;
}

/** Every country involved in the matching events, with how many of them involve it; most first, ties by name. */
export async function countEventsByCountry(filter: ResolvedEventFilter, viewer: Viewer): Promise<CountryCount[]> {
  const rows = await readSql<{ code: string; name: string; n: unknown }[]>`
    SELECT c.code AS code, c.name AS name, COUNT(*) AS n
    FROM events e JOIN event_countries ec ON ec.event_id = e.id JOIN countries c ON c.code = ec.country_code
    WHERE ${eventWhereSql(filter, viewer)}
    GROUP BY c.code, c.name`;
  return rows.map((row) => ({ code: row.code, name: row.name, count: toNumber(row.n) })).sort(byCountThenName);
}
