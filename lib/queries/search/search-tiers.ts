import type { SearchQuery } from "./parse-search-query";
import { SEARCH_FIELDS, type SearchField } from "./search-fields";

/**
 * Relevance tiers of a one-term search. With one term the rank is the sum of the weights of the fields
 * holding it, and the weights are powers of two, so the rank is a bit mask of those fields (title 8,
 * summary 4, sources 2, body 1) and each rank value is one exact combination of fields: a tier. Ranking
 * by relevance is then reading the tiers from 15 down to 1, each in the tie-break order, and each tier is
 * one full-text query the index answers by itself: the term in these fields and not in the others.
 *
 * With several terms a rank value is many combinations (a title hit of one term ties with a summary hit
 * of two), so tiers apply to one term only and longer queries keep the full ranking.
 */
export type TierMask = number;

/** Whether relevance pages of this query can be read tier by tier. */
export function hasTiers(query: SearchQuery): boolean {
  return query.terms.length === 1;
}

/**
 * The tiers worth reading, best first: every non-empty combination of fields, leaving out those that
 * need a field outside `present`, where the term occurs in no event at all.
 */
export function listTiers(present: TierMask): TierMask[] {
  const tiers: TierMask[] = [];
  for (let mask = fullMask(); mask > 0; mask--) if ((mask & ~present) === 0) tiers.push(mask);
  return tiers;
}

/** The fields (a mask) whose flag is set, `flags[i]` standing for SEARCH_FIELDS[i]. */
export function maskOf(flags: readonly boolean[]): TierMask {
  return SEARCH_FIELDS.reduce((mask, field, index) => (flags[index] ? mask | field.weight : mask), 0);
}

export function fullMask(): TierMask {
  return SEARCH_FIELDS.reduce((mask, field) => mask | field.weight, 0);
}

function fieldsOf(mask: TierMask, inTier: boolean): SearchField[] {
  return SEARCH_FIELDS.filter((field) => ((mask & field.weight) !== 0) === inTier);
}

function ftsTerm(query: SearchQuery): string {
  return `"${query.terms[0]}"${query.prefix ? "*" : ""}`;
}

/** The FTS5 query for one field: `{summary} : "corridor"*`, the same text searchRankSql tests. */
export function fieldFtsText(query: SearchQuery, field: SearchField): string {
  return `{${field.column}} : ${ftsTerm(query)}`;
}

/**
 * The FTS5 query selecting exactly one tier: `({summary} : "x"* AND {body} : "x"*) NOT {title sources} : "x"*`.
 * Fields outside `present` (where no event holds the term) need no exclusion, which saves FTS5 merging
 * their doclists.
 */
export function tierFtsText(query: SearchQuery, mask: TierMask, present: TierMask = fullMask()): string {
  const required = fieldsOf(mask, true).map((field) => fieldFtsText(query, field)).join(" AND ");
  const excluded = fieldsOf(mask, false).filter((field) => (present & field.weight) !== 0).map((field) => field.column);
  return excluded.length ? `(${required}) NOT {${excluded.join(" ")}} : ${ftsTerm(query)}` : required;
}

/**
 * The lexeme of term `index` in one field in event_search_fields (PostgreSQL; migration 20261125200000):
 * the field's weight label, a dot, the token. Terms hold letters and digits only, so it needs no escaping.
 */
export function fieldTsText(query: SearchQuery, field: SearchField, index = 0): string {
  const prefix = query.prefix && index === query.terms.length - 1;
  return `'${field.label}.${query.terms[index]}'${prefix ? ":*" : ""}`;
}

/**
 * The tsquery over event_search_fields selecting the best rank a search of several terms can have: every
 * term in every field where it occurs at all (`present`, one mask per term). No event ranks higher, so
 * the tier needs no exclusions.
 */
export function topTierTsText(query: SearchQuery, present: readonly TierMask[]): string {
  return query.terms.flatMap((_, index) => fieldsOf(present[index] ?? 0, true).map((field) => fieldTsText(query, field, index))).join(" & ");
}

/** The tsquery over event_search_fields selecting exactly one tier: `'B.x':* & 'D.x':* & !'A.x':* & !'C.x':*`. */
export function tierTsText(query: SearchQuery, mask: TierMask): string {
  const required = fieldsOf(mask, true).map((field) => fieldTsText(query, field));
  const excluded = fieldsOf(mask, false).map((field) => `!${fieldTsText(query, field)}`);
  return [...required, ...excluded].join(" & ");
}
