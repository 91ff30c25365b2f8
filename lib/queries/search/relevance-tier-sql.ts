import { dialect, Prisma } from "@/lib/db/client";
import type { SearchQuery } from "./parse-search-query";
import { SEARCH_FIELDS } from "./search-fields";
import { ftsFirstFromSql } from "./search-sql";
import { fieldFtsText, fieldTsText, tierFtsText, tierTsText, type TierMask } from "./search-tiers";

/** The order inside a tier (or a bucket of rank-buckets.ts): the relevance order's tie-breaks. */
export const TIER_ORDER = Prisma.sql`e.importance DESC, e.earliest DESC, e.id ASC`;

/** How many events of a field SQLite counts at most (see fieldCountsSql). */
export const FIELD_COUNT_CAP = 5_000;

/**
 * SQLite: one row, `f0` … `f3`: how many events hold the term in each field of SEARCH_FIELDS, up to
 * FIELD_COUNT_CAP. FTS5 merges the doclists of every token a prefix term begins before its first row,
 * which for a common word costs several times the whole word's count, so a field where the whole word
 * alone reaches the cap is not asked for the prefix (BENCHMARKS.md, “Figures: search”).
 */
export function fieldCountsSql(query: SearchQuery): Prisma.Sql {
  const count = (text: string) => Prisma.sql`(SELECT COUNT(*) FROM (SELECT 1 FROM event_search WHERE event_search MATCH ${text} LIMIT ${FIELD_COUNT_CAP}))`;
  const columns = SEARCH_FIELDS.map((field, index) => {
    const exact = fieldFtsText({ ...query, prefix: false }, field);
    const value = query.prefix
      ? Prisma.sql`CASE WHEN ${count(exact)} >= ${FIELD_COUNT_CAP} THEN ${FIELD_COUNT_CAP} ELSE ${count(fieldFtsText(query, field))} END`
      : count(exact);
    return Prisma.sql`${value} AS ${Prisma.raw(`f${index}`)}`;
  });
  return Prisma.sql`SELECT ${Prisma.join(columns, ", ")}`;
}

/** PostgreSQL's tier sample reads between half this many and this many search rows (see tierSampleSql). */
export const TIER_SAMPLE_SIZE = 2_000;

/**
 * PostgreSQL: each term's fields in a sample of the search rows (`m0`, `m1`, … masks, one per term; 0 is
 * no match) and how many rows have each combination (`n`). It estimates each tier's share of the events
 * and costs little (BENCHMARKS.md, “Figures: search”): it tells a walk that will soon fill the page from
 * one that would test thousands of events in vain, and fields seen there need no other test. The sample is
 * every event whose id is a multiple of a power of two, spread over the whole id range (a word of recent
 * events is seen as well as an old one) and the same rows from one search to the next (cached).
 */
export function tierSampleSql(query: SearchQuery): Prisma.Sql {
  const masks = query.terms.map((_, index) => {
    const bits = SEARCH_FIELDS.map((field) => Prisma.sql`CAST(fields @@ CAST(${fieldTsText(query, field, index)} AS tsquery) AS integer) * ${Prisma.raw(String(field.weight))}`);
    return Prisma.sql`${Prisma.join(bits, " + ")} AS ${Prisma.raw(`m${index}`)}`;
  });
  const names = Prisma.raw(query.terms.map((_, index) => `m${index}`).join(", "));
  const size = Prisma.raw(String(TIER_SAMPLE_SIZE));
  const step = Prisma.sql`CAST(power(2, ceil(log(2, GREATEST(top, ${size}) / ${size}.0))) AS integer)`;
  const ids = Prisma.sql`SELECT CAST(generate_series(${step}, top, ${step}) AS integer) FROM (SELECT max(event_id) AS top FROM event_search_fields) ends`;
  return Prisma.sql`SELECT ${names}, COUNT(*) AS n FROM (SELECT ${Prisma.join(masks, ", ")}
    FROM (SELECT fields FROM event_search_fields WHERE event_id IN (${ids})) sample) masks GROUP BY ${names}`;
}

/**
 * PostgreSQL: one row, whether any event holds each lexeme (`f0` … by position). A plain
 * `EXISTS (… fields @@ q)` is planned as a sequential scan expecting an early hit (PostgreSQL never
 * estimates a lexeme below ~0.15% of the rows), which reads the whole table when no event has it
 * (BENCHMARKS.md, “Figures: search”). A materialized CTE is planned for reading every match, through the
 * GIN index unless they are many (then the scan stops at the first).
 */
export function lexemePresenceSql(lexemes: readonly string[]): Prisma.Sql {
  const names = lexemes.map((_, index) => Prisma.raw(`f${index}`));
  const ctes = lexemes.map((lexeme, index) =>
    Prisma.sql`${names[index]!} AS MATERIALIZED (SELECT 1 FROM event_search_fields WHERE fields @@ CAST(${lexeme} AS tsquery))`);
  const columns = names.map((name) => Prisma.sql`EXISTS (SELECT 1 FROM ${name}) AS ${name}`);
  return Prisma.sql`WITH ${Prisma.join(ctes, ", ")} SELECT ${Prisma.join(columns, ", ")}`;
}

/** PostgreSQL: the tier's search rows (`text` a tsquery over event_search_fields), read through the GIN index (a CTE, so the planner cannot test them row by row instead). */
function pgTierCte(text: string): Prisma.Sql {
  return Prisma.sql`WITH tier AS MATERIALIZED (SELECT event_id FROM event_search_fields WHERE fields @@ CAST(${text} AS tsquery))`;
}

/**
 * A tier's full-text query: on SQLite an FTS5 text (tierFtsText), on PostgreSQL a tsquery over
 * event_search_fields (tierTsText, topTierTsText).
 */
export function tierText(query: SearchQuery, mask: TierMask, present: TierMask): string {
  return dialect === "postgres" ? tierTsText(query, mask) : tierFtsText(query, mask, present);
}

/**
 * Ids of the tier's events matching `where` (eventWhereSql without the search), in tier order, walking the
 * importance index and stopping at the page.
 * SQLite: the tier is listed once (FTS5 cannot test one row; a bloom filter and a lookup table), and the
 * walk is exact (sqliteWalkSql); even over the whole index it stays affordable (BENCHMARKS.md,
 * “Figures: search”).
 * PostgreSQL: at most `candidates` events of the filter, each tested on its field lexemes (a subquery
 * per row: as a join the planner would read the whole tier first); fewer than `limit` rows then does not
 * mean the tier has no more.
 */
export function tierWalkSql(text: string, where: Prisma.Sql, limit: number, offset: number, candidates: number): Prisma.Sql {
  if (dialect === "postgres") {
    return Prisma.sql`SELECT c.id FROM (SELECT e.id, e.importance, e.earliest FROM events e WHERE ${where} ORDER BY ${TIER_ORDER} LIMIT ${candidates}) c
      WHERE (SELECT s.fields FROM event_search_fields s WHERE s.event_id = c.id) @@ CAST(${text} AS tsquery)
      ORDER BY c.importance DESC, c.earliest DESC, c.id ASC LIMIT ${limit} OFFSET ${offset}`;
  }
  return sqliteWalkSql(Prisma.sql`SELECT rowid FROM event_search WHERE event_search MATCH ${text}`, where, limit, offset);
}

/**
 * SQLite: ids of the events listed by `ids` (a subquery, read once into a lookup table) matching `where`, in tier
 * order, walking the importance index and stopping at the page. The index is named because the visibility clauses
 * would otherwise make SQLite start from the status index and sort every listed event; `+e.id` keeps it from
 * starting at the list.
 */
export function sqliteWalkSql(ids: Prisma.Sql, where: Prisma.Sql, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`SELECT e.id FROM events e INDEXED BY events_importance_earliest_idx
    WHERE ${where} AND +e.id IN (${ids}) ORDER BY ${TIER_ORDER} LIMIT ${limit} OFFSET ${offset}`;
}

/** PostgreSQL: ids of the tier's events matching `where`, in tier order, from the tier's matches, sorted. */
export function tierListSql(text: string, where: Prisma.Sql, limit: number, offset: number): Prisma.Sql {
  return Prisma.sql`${pgTierCte(text)} SELECT e.id FROM tier JOIN events e ON e.id = tier.event_id
    WHERE ${where} ORDER BY ${TIER_ORDER} LIMIT ${limit} OFFSET ${offset}`;
}

/** How many of the tier's events match `where`, counted up to `cap`, reading the tier's matches first. */
export function tierCountSql(text: string, where: Prisma.Sql, cap: number): Prisma.Sql {
  if (dialect === "postgres") {
    return Prisma.sql`${pgTierCte(text)} SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM tier JOIN events e ON e.id = tier.event_id WHERE ${where} LIMIT ${cap}) capped`;
  }
  return Prisma.sql`SELECT COUNT(*) AS n FROM (SELECT 1 AS one FROM ${ftsFirstFromSql(text)} WHERE ${where} LIMIT ${cap}) capped`;
}
