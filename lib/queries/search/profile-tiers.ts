import { dialect } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";
import type { SearchQuery } from "./parse-search-query";
import { SEARCH_FIELDS } from "./search-fields";
import { listTiers, maskOf, type TierMask } from "./search-tiers";
import { FIELD_COUNT_CAP, fieldCountsSql, fieldPresenceSql, tierSampleSql } from "./relevance-tier-sql";

export interface TierProfile {
  /** The tiers that may hold events, best first: none needs a field where the term never occurs. */
  tiers: TierMask[];
  /** The fields where some event holds the term. */
  present: TierMask;
  /** PostgreSQL: the tier's estimated share of all events, from a sample (0 when the sample has none). */
  share: (mask: TierMask) => number;
}

/**
 * Which tiers a one-term search can have, and (PostgreSQL) how common each is. Null when the term is in
 * so few events (SQLite: under `minFieldMatches` field matches in all; PostgreSQL: none in its sample)
 * that ranking them all at once is cheaper than reading tier after tier.
 */
export async function profileTiers(search: SearchQuery, minFieldMatches = FIELD_COUNT_CAP): Promise<TierProfile | null> {
  return dialect === "postgres" ? profilePostgresTiers(search) : profileSqliteTiers(search, minFieldMatches);
}

async function profileSqliteTiers(search: SearchQuery, minFieldMatches: number): Promise<TierProfile | null> {
  const [row] = await readSql<Record<string, unknown>[]>(fieldCountsSql(search));
  const counts = SEARCH_FIELDS.map((_, index) => toNumber(row?.[`f${index}`]));
  if (counts.reduce((sum, n) => sum + n, 0) < minFieldMatches) return null;
  const present = maskOf(counts.map((n) => n > 0));
  return { tiers: listTiers(present), present, share: () => 0 };
}

async function profilePostgresTiers(search: SearchQuery): Promise<TierProfile | null> {
  const sample = await readSql<{ mask: unknown; n: unknown }[]>(tierSampleSql(search));
  const sampled = new Map(sample.map((row) => [toNumber(row.mask), toNumber(row.n)]));
  // No match in the sample: the term is in well under a thousandth of the events, which rank in a few ms.
  if (![...sampled.keys()].some((mask) => mask > 0)) return null;
  const size = Math.max(1, [...sampled.values()].reduce((sum, n) => sum + n, 0));
  const seen = [...sampled.keys()].reduce((fields, mask) => fields | mask, 0);
  const unseen = SEARCH_FIELDS.filter((field) => (seen & field.weight) === 0);
  const [row] = unseen.length ? await readSql<Record<string, unknown>[]>(fieldPresenceSql(search, unseen)) : [{}];
  const present = maskOf(SEARCH_FIELDS.map((field) => (seen & field.weight) !== 0 || row?.[`f${unseen.indexOf(field)}`] === true));
  return { tiers: listTiers(present), present, share: (mask) => (sampled.get(mask) ?? 0) / size };
}
