import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";
import { byCountThenName } from "./rank-order";

/** The activity chart stacks this many topics by name and folds the rest into "Other". */
export const TOP_TOPICS = 8;

export interface TopicRank {
  id: number;
  slug: string;
  name: string;
  count: number;
}

/** Topics of the events matching `where` and `scope`, most events first, ties by name. */
export async function rankTopics(where: Prisma.Sql, scope: Prisma.Sql): Promise<TopicRank[]> {
  const rows = await readSql<{ id: number | bigint; slug: string; name: string; n: unknown }[]>`
    SELECT t.id AS id, t.slug AS slug, t.name AS name, COUNT(*) AS n
    FROM events e JOIN event_topics et ON et.event_id = e.id JOIN topics t ON t.id = et.topic_id
    WHERE ${where} AND ${scope}
    GROUP BY t.id, t.slug, t.name`;
  return rows.map((row) => ({ id: Number(row.id), slug: row.slug, name: row.name, count: toNumber(row.n) })).sort(byCountThenName);
}
