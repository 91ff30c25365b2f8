import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";
import type { SearchQuery } from "./parse-search-query";
import { SEARCH_FIELDS } from "./search-fields";
import { fieldTermFtsText, ftsTerm, rankedMatchesSql } from "./search-sql";
import { tallyRanks, visitIds, type RankBucket } from "./tally-ranks";
import { sqliteWalkSql, TIER_ORDER } from "./relevance-tier-sql";

/**
 * Every match of a search grouped by rank, best first, from the search index alone. With several terms a
 * rank value is many combinations of fields (a title hit of one term ties with summary hits of both), so
 * they cannot be read as one-term tiers are (search-tiers.ts); but ranking every match joined to its event
 * and sorting them all spent most of its time reading the matches' event rows (BENCHMARKS.md, “Figures:
 * search”). Only the best buckets' events are then read (bucketPageSql).
 * SQLite: one text of ids per term and field, each an FTS5 lookup of the matches, tallied here.
 * PostgreSQL: ranked and grouped in SQL, one text of ids per rank.
 */
export async function findRankBuckets(query: SearchQuery): Promise<RankBucket[]> {
  if (dialect === "postgres") {
    const rows = await readSql<{ rank: unknown; ids: string }[]>(Prisma.sql`SELECT rank, string_agg(CAST(id AS text), ',' ORDER BY id) AS ids
      FROM (${rankedMatchesSql(query)}) ranked GROUP BY rank ORDER BY rank DESC`);
    return rows.map((row) => {
      const ids: number[] = [];
      visitIds(row.ids, (id) => ids.push(id));
      return { rank: toNumber(row.rank), ids };
    });
  }
  const phrases = await spellOutPrefix(query);
  if (!phrases) return [];
  const lists = query.terms.flatMap((_, index) => SEARCH_FIELDS.map((field) => ({ text: fieldTermFtsText(query, index, field, phrases), weight: field.weight })));
  const columns = lists.map(({ text }, index) =>
    Prisma.sql`(SELECT group_concat(rowid) FROM event_search WHERE event_search MATCH ${text}) AS ${Prisma.raw(`l${index}`)}`);
  const [row] = await readSql<Record<string, string | null>[]>(Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`);
  return tallyRanks(lists.map(({ weight }, index) => ({ ids: row?.[`l${index}`] ?? null, weight })));
}

/** A prefix term is spelled out as at most this many tokens; one beginning more keeps FTS5's prefix query. */
const MAX_SPELLED_TOKENS = 16;

/**
 * SQLite: the FTS5 phrase of each term, a prefix term spelled out as the tokens of the index it begins:
 * `("rail" OR "railway")` for rail. FTS5 answers `"rail"*` by merging those tokens' lists in full before
 * its first row, again in every lookup that names it, where an OR of tokens skips through them
 * (BENCHMARKS.md, “Figures: search”). Null when no token begins with it (nothing matches).
 */
async function spellOutPrefix(query: SearchQuery): Promise<string[] | null> {
  const phrases = query.terms.map((_, index) => ftsTerm(query, index));
  if (!query.prefix) return phrases;
  const prefix = query.terms.at(-1)!;
  // char(1114111), the last code point, bounds every token that begins with the prefix.
  const rows = await readSql<{ term: string }[]>(Prisma.sql`SELECT term FROM event_search_vocab
    WHERE term >= ${prefix} AND term < ${prefix} || char(1114111) ORDER BY term LIMIT ${MAX_SPELLED_TOKENS + 1}`);
  if (rows.length === 0) return null;
  if (rows.length <= MAX_SPELLED_TOKENS) phrases[phrases.length - 1] = `(${rows.map(({ term }) => `"${term.replaceAll(`"`, `""`)}"`).join(" OR ")})`;
  return phrases;
}

/**
 * SQLite: from this many ids on, a bucket's page walks the importance index (stopping at the page) instead
 * of looking each id up and sorting them all, which a large bucket pays for every page (BENCHMARKS.md,
 * “Rank buckets”).
 */
export const BUCKET_WALK_FROM = 5_000;

/** SQLite: the bucket's ids as a subquery. */
function jsonIdsSql(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`SELECT value FROM json_each(${`[${ids.join(",")}]`})`;
}

function inBucketSql(ids: readonly number[]): Prisma.Sql {
  return dialect === "postgres" ? Prisma.sql`e.id = ANY(CAST(${`{${ids.join(",")}}`} AS integer[]))` : Prisma.sql`e.id IN (${jsonIdsSql(ids)})`;
}

/** Ids of the bucket's events matching `where` (eventWhereSql without the search), in the bucket's order, `limit` from `offset`. */
export function bucketPageSql(ids: readonly number[], where: Prisma.Sql, limit: number, offset: number, walkFrom = BUCKET_WALK_FROM): Prisma.Sql {
  if (dialect === "sqlite" && ids.length >= walkFrom) return sqliteWalkSql(jsonIdsSql(ids), where, limit, offset);
  return Prisma.sql`SELECT e.id FROM events e WHERE ${inBucketSql(ids)} AND ${where} ORDER BY ${TIER_ORDER} LIMIT ${limit} OFFSET ${offset}`;
}

/** How many of the bucket's events match `where`, counted up to `cap`. */
export function bucketCountSql(ids: readonly number[], where: Prisma.Sql, cap: number): Prisma.Sql {
  return Prisma.sql`SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM events e WHERE ${inBucketSql(ids)} AND ${where} LIMIT ${cap}) capped`;
}
