import { dialect } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { toNumber } from "../sql/dialect-sql";
import type { SearchQuery } from "./parse-search-query";
import { SEARCH_FIELDS } from "./search-fields";
import { fieldTsText, listTiers, maskOf, topTierTsText, type TierMask } from "./search-tiers";
import { FIELD_COUNT_CAP, fieldCountsSql, lexemePresenceSql, tierSampleSql } from "./relevance-tier-sql";

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
  const sample = await sampleTermMasks(search);
  // No match in the sample: the term is in well under a thousandth of the events, which rank in a few ms.
  if (!sample.rows.some(([mask]) => mask! > 0)) return null;
  const [present] = await presentFields(search, sample);
  const sampled = new Map(sample.rows.map(([mask, n]) => [mask!, n!]));
  return { tiers: listTiers(present!), present: present!, share: (mask) => (sampled.get(mask) ?? 0) / sample.size };
}

/** PostgreSQL: each term's fields in the sample of tierSampleSql, `[m0, m1, …, n]` per combination, and the sample's size. */
interface TermMaskSample {
  rows: number[][];
  size: number;
}

async function sampleTermMasks(search: SearchQuery): Promise<TermMaskSample> {
  const rows = await readSql<Record<string, unknown>[]>(tierSampleSql(search));
  const masks = rows.map((row) => [...search.terms.map((_, index) => toNumber(row[`m${index}`])), toNumber(row.n)]);
  return { rows: masks, size: Math.max(1, masks.reduce((sum, row) => sum + row.at(-1)!, 0)) };
}

/**
 * PostgreSQL: the fields where each term occurs in some event, a mask per term: those seen in the sample,
 * and those not seen there but found by lexemePresenceSql.
 */
async function presentFields(search: SearchQuery, sample: TermMaskSample): Promise<TierMask[]> {
  const seen = search.terms.map((_, index) => sample.rows.reduce((fields, row) => fields | row[index]!, 0));
  const unseen = search.terms.flatMap((_, index) => SEARCH_FIELDS.filter((field) => (seen[index]! & field.weight) === 0).map((field) => ({ index, field })));
  const [row] = unseen.length ? await readSql<Record<string, unknown>[]>(lexemePresenceSql(unseen.map(({ index, field }) => fieldTsText(search, field, index)))) : [{}];
  return seen.map((fields, index) =>
    unseen.reduce((mask, found, position) => (found.index === index && row?.[`f${position}`] === true ? mask | found.field.weight : mask), fields));
}

/** The best rank of a search of several terms, as a tier: every term in every field it occurs in (see topTierTsText). */
export interface TopTier {
  rank: number;
  text: string;
  /** Its estimated share of all events, from the sample (0 when the sample has none). */
  share: number;
}

/** PostgreSQL: the top tier of a search of several terms, or null when some term occurs nowhere (nothing matches). */
export async function profileTopTier(search: SearchQuery): Promise<TopTier | null> {
  const sample = await sampleTermMasks(search);
  const present = await presentFields(search, sample);
  if (present.some((mask) => mask === 0)) return null;
  const inTop = sample.rows.filter((row) => present.every((mask, index) => (row[index]! & mask) === mask)).reduce((sum, row) => sum + row.at(-1)!, 0);
  return { rank: present.reduce((sum, mask) => sum + mask, 0), text: topTierTsText(search, present), share: inTop / sample.size };
}
