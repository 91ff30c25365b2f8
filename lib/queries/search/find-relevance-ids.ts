import { dialect, type Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { eventWhereSql } from "../sql/event-where";
import { countUpTo, linkFilterSqls, WALK_MIN_IDS } from "../sql/plan-date-walk";
import { toNumber } from "../sql/dialect-sql";
import type { SearchQuery } from "./parse-search-query";
import { hasTiers } from "./search-tiers";
import { bucketCountSql, bucketPageSql, findRankBuckets } from "./rank-buckets";
import type { RankBucket } from "./tally-ranks";
import { profileTiers, profileTopTier } from "./profile-tiers";
import { FIELD_COUNT_CAP, tierCountSql, tierListSql, tierText, tierWalkSql } from "./relevance-tier-sql";

/** Where the choices between tiers and the full ranking fall; tests lower them to see tiers in a small database. */
export interface TierTuning {
  /**
   * A topic, actor or country filter with fewer events than this makes the page use the full ranking: it
   * ranks those few events at once, where each tier would list all its matches to find them.
   */
  minLinkIds?: number;
  /** SQLite: with fewer field matches than this (at most FIELD_COUNT_CAP), the full ranking is cheaper. */
  minFieldMatches?: number;
  /**
   * From this offset into a tier on, the tier is counted before it is read: a deeper page skips whole
   * tiers by their count instead of walking each to its end. A page of several terms from this offset
   * on goes to the buckets directly (on PostgreSQL it would pass the best rank anyway).
   */
  countFirstOffset?: number;
  /**
   * From this offset on, a one-term search takes the full ranking: it sorts every match once, where tiers would count and walk
   * hundreds of thousands of them: on a deep page of a common word, tiers cost more on both databases
   * (BENCHMARKS.md, “Figures: search”).
   */
  maxOffset?: number;
  /** SQLite: from this many ids on, a bucket of several terms walks the importance index (see bucketPageSql). */
  bucketWalkFrom?: number;
}

/**
 * PostgreSQL tests at most this many events of a filter, in tier order, for one page of a tier, which bounds
 * the page's time (each test's cost: BENCHMARKS.md, “Figures: search”).
 */
const PG_WALK_CANDIDATES = 20_000;

export interface RelevanceRange {
  filter: ResolvedEventFilter;
  viewer: Viewer;
  search: SearchQuery;
  offset: number;
  limit: number;
  tuning?: TierTuning;
}

/** One rank value's events, read in the tie-break order: a one-term tier (a mask), the best rank of several terms, or a bucket. */
interface RelevanceTier {
  read(limit: number, offset: number): Promise<number[]>;
  count(cap: number): Promise<number>;
  /** At most this many events (before the filter), when known. */
  size?: number;
}

/**
 * Ids `offset` … `offset + limit - 1` of the relevance order (searchRankSql DESC, importance DESC,
 * earliest DESC, id ASC), read rank value by rank value. A one-term search reads tiers (see
 * search-tiers.ts): a page of a word found in most events reads about one page of the best non-empty
 * tier instead of ranking every match. A search of several terms tallies the ranks of its matches from
 * the search index (findRankBuckets) and reads the best buckets' events. Null when neither applies (a
 * narrow filter, a rare term, a deep page of one term): the caller ranks in full.
 */
export async function findRelevanceIds({ filter, viewer, search, offset, limit, tuning = {} }: RelevanceRange): Promise<number[] | null> {
  const { minLinkIds = WALK_MIN_IDS, minFieldMatches = FIELD_COUNT_CAP, countFirstOffset = 1_000, maxOffset = 5_000, bucketWalkFrom } = tuning;
  if (search.terms.length === 0 || (hasTiers(search) && offset >= maxOffset)) return null;
  const links = linkFilterSqls(filter);
  const linkCounts = await Promise.all(links.map(([, sql]) => countUpTo(sql, Math.max(1, minLinkIds))));
  if (linkCounts.some((n) => n === 0)) return [];
  if (linkCounts.some((n) => n < minLinkIds)) return null;
  // Every tier and bucket holds the search's matches only, so its own clause (every match, listed) is left out.
  const where = eventWhereSql({ ...filter, q: undefined }, viewer, undefined, new Set(links.map(([kind]) => kind)));
  const tiers = hasTiers(search) ? await listTiers(search, where, minFieldMatches) : listRankTiers(search, where, offset >= countFirstOffset, bucketWalkFrom);
  return tiers && readTiers(tiers, offset, limit, countFirstOffset);
}

async function listTiers(search: SearchQuery, where: Prisma.Sql, minFieldMatches: number): Promise<RelevanceTier[] | null> {
  const profile = await profileTiers(search, minFieldMatches);
  return profile?.tiers.map((mask) => {
    const text = tierText(search, mask, profile.present);
    return { read: (limit, offset) => readTier(text, profile.share(mask), where, limit, offset), count: (cap) => countRows(tierCountSql(text, where, cap)) };
  }) ?? null;
}

function bucketTiers(buckets: readonly RankBucket[], where: Prisma.Sql, walkFrom?: number): RelevanceTier[] {
  return buckets.map(({ ids }) => ({
    read: (limit, offset) => readIds(bucketPageSql(ids, where, limit, offset, walkFrom)),
    count: (cap) => countRows(bucketCountSql(ids, where, cap)),
    size: ids.length,
  }));
}

/**
 * The ranks of a search of several terms, best first. On SQLite, every bucket (findRankBuckets). On
 * PostgreSQL, ranking the buckets reads every match's search row (BENCHMARKS.md, “Rank buckets”), so the best
 * rank is read first as a tier of its own (every term in every field where it occurs: one GIN lookup, or a walk
 * when it is common), and the other buckets only when the page goes past it (BENCHMARKS.md, “Relevance-sorted
 * search”).
 */
async function* listRankTiers(search: SearchQuery, where: Prisma.Sql, deep: boolean, walkFrom?: number): AsyncGenerator<RelevanceTier> {
  // A deep page goes past the top tier anyway: counting it first would only add to the buckets' cost.
  if (dialect === "sqlite" || deep) {
    yield* bucketTiers(await findRankBuckets(search), where, walkFrom);
    return;
  }
  const top = await profileTopTier(search);
  if (!top) return;
  yield { read: (limit, offset) => readTier(top.text, top.share, where, limit, offset), count: (cap) => countRows(tierCountSql(top.text, where, cap)) };
  // Reached only when the page goes past the top tier.
  yield* bucketTiers((await findRankBuckets(search)).filter(({ rank }) => rank < top.rank), where, walkFrom);
}

/**
 * The page from tier after tier, best first. From `countFirstOffset` into a tier on (or past its size), the
 * tier is counted before it is read: a deeper page skips whole tiers by their count instead of walking each
 * to its end.
 */
async function readTiers(tiers: Iterable<RelevanceTier> | AsyncIterable<RelevanceTier>, offset: number, limit: number, countFirstOffset: number): Promise<number[]> {
  const ids: number[] = [];
  if (limit <= 0) return ids;
  let skip = offset;
  for await (const tier of tiers) {
    const need = limit - ids.length;
    if (skip >= countFirstOffset || skip >= (tier.size ?? Number.POSITIVE_INFINITY)) {
      const count = await tier.count(skip + 1);
      if (count <= skip) {
        skip -= count;
        continue;
      }
    }
    const rows = await tier.read(need, skip);
    ids.push(...rows);
    // A short read ends the tier: it held skip + rows.length events, unless it ended before the skip.
    skip = rows.length > 0 || skip === 0 ? 0 : skip - (await tier.count(skip));
    // Before asking for the next tier, which may cost a query of its own.
    if (ids.length >= limit) break;
  }
  return ids;
}

async function countRows(sql: Prisma.Sql): Promise<number> {
  const [row] = await readSql<{ n: unknown }[]>(sql);
  return toNumber(row?.n);
}

/**
 * Exactly `limit` ids of the tier (`text`, see tierText) from `offset` on, or all there are. SQLite walks
 * (exact). PostgreSQL walks when the tier's sampled share says the page lies within PG_WALK_CANDIDATES
 * events (with room for a poor estimate), and lists the tier when it does not or when the walk fell short.
 */
async function readTier(text: string, share: number, where: Prisma.Sql, limit: number, offset: number): Promise<number[]> {
  if (dialect === "sqlite") return readIds(tierWalkSql(text, where, limit, offset, 0));
  const expected = share > 0 ? (offset + limit) / share : Number.POSITIVE_INFINITY;
  if (expected <= PG_WALK_CANDIDATES) {
    const candidates = Math.min(PG_WALK_CANDIDATES, Math.ceil(3 * expected));
    const walked = await readIds(tierWalkSql(text, where, limit, offset, candidates));
    if (walked.length === limit) return walked;
  }
  return readIds(tierListSql(text, where, limit, offset));
}

async function readIds(sql: Prisma.Sql): Promise<number[]> {
  const rows = await readSql<{ id: number | bigint }[]>(sql);
  return rows.map((row) => Number(row.id));
}
