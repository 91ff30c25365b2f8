import { dialect, Prisma } from "@/lib/db/client";
import type { DateBounds } from "@/lib/dates/event-date";
import type { Viewer } from "@/lib/domain/viewer";
import { SEARCH_FIELDS } from "../search/search-fields";
import { readableStatus } from "../visibility";

/** How many candidates each way reads at most: far more than the warning shows, few enough to score in memory. */
export const CANDIDATE_LIMIT = 50;

/** A candidate's columns, named as toEventLink reads them. */
const CANDIDATE_COLUMNS = Prisma.sql`e.id, e.slug, e.title, e.status, e.deleted_at AS "deletedAt", e.date_label AS "dateLabel",
  e.start_value AS "startValue", e.start_precision AS "startPrecision", e.end_value AS "endValue", e.end_precision AS "endPrecision",
  e.approximate, e.time_zone AS "timeZone", e.earliest, e.latest`;

/** Events the viewer's lists hold (never deleted ones; drafts for editors), other than the one being edited. */
function candidateWhereSql(viewer: Viewer, exclude: number | null): Prisma.Sql {
  const clauses = [Prisma.sql`e.deleted_at IS NULL`];
  const status = readableStatus(viewer);
  if (status !== "any") clauses.push(Prisma.sql`e.status = ${status}`);
  if (exclude !== null) clauses.push(Prisma.sql`e.id <> ${exclude}`);
  return Prisma.join(clauses, " AND ");
}

/** Candidates citing any of `urls` exactly, with the address they cite (`sourceUrl`), read through sources_url_idx. */
export function urlCandidatesSql(urls: readonly string[], viewer: Viewer, exclude: number | null): Prisma.Sql {
  return Prisma.sql`SELECT s.url AS "sourceUrl", ${CANDIDATE_COLUMNS}
    FROM sources s JOIN events e ON e.id = s.event_id
    WHERE s.url IN (${Prisma.join(urls)}) AND ${candidateWhereSql(viewer, exclude)}
    LIMIT ${CANDIDATE_LIMIT}`;
}

/** Every choice of `size` of the words, in order. */
function combinations(words: readonly string[], size: number): string[][] {
  if (size === 0) return [[]];
  return words.flatMap((word, index) => combinations(words.slice(index + 1), size - 1).map((rest) => [word, ...rest]));
}

const TITLE = SEARCH_FIELDS.find((field) => field.column === "title")!;

/**
 * The full-text query "the title holds at least `size` of the words". Words are folded tokens (letters and digits
 * only), so quoting them cannot break out of the FTS5 phrase or the tsquery lexeme; the text is still bound. SQLite:
 * a column filter on event_search. PostgreSQL: event_search_fields, whose lexemes carry their field ('A.word' is a
 * title word), because event_search's GIN index cannot test a weight (README, "Search").
 */
export function titleHoldsText(words: readonly string[], size: number): string {
  const groups = combinations(words, size);
  if (dialect === "postgres") return groups.map((group) => `(${group.map((word) => `'${TITLE.label}.${word}'`).join(" & ")})`).join(" | ");
  return `{${TITLE.column}} : (${groups.map((group) => `(${group.map((word) => `"${word}"`).join(" AND ")})`).join(" OR ")})`;
}

/** The fewest of the words a candidate's title holds: two, or the one word of a one-word title. */
const fewestShared = (words: readonly string[]) => Math.min(2, words.length);

/**
 * How many index matches a tier reads at most. Past this many titles holding the same words (a prolific actor's name
 * and a common verb), the words say little about which event this is, and checking every match's date would cost one
 * event read each: 150,000 for some pairs at a million events. 2,000 still found every one of 100 reworded synthetic
 * titles at a million events; 1,000 missed one, an actor's event among 2,000 with the same four words.
 */
export const TIER_MATCH_CAP = 2_000;

/**
 * Candidates whose title holds at least two of `words` (the most distinctive of the form's title) and whose date
 * overlaps `period`, those holding the most words first, so that the LIMIT keeps the closest titles rather than the
 * oldest: one tier per number of words held, all of them first, read in turn (UNION ALL under one LIMIT stops once it
 * has CANDIDATE_LIMIT). Tiers overlap (a title with three of the words is in the tier of two as well): the caller
 * merges repeats, which is cheaper than FTS5 evaluating each larger tier again to leave it out.
 * The search index lists a tier's matches and each is checked on its event by primary key (SQLite's CROSS JOIN fixes
 * that order, as searchFirstFromSql does; PostgreSQL plans a nested loop by itself), so the cost follows the matches,
 * capped per tier, never the table or the period, whose overlap no B-tree answers without reading every older event.
 */
export function titleCandidatesSql(words: readonly string[], period: DateBounds, viewer: Viewer, exclude: number | null): Prisma.Sql {
  const where = Prisma.sql`${candidateWhereSql(viewer, exclude)} AND e.earliest < ${period.latest} AND e.latest > ${period.earliest}`;
  const tiers: Prisma.Sql[] = [];
  for (let size = words.length; size >= fewestShared(words); size--) {
    const text = titleHoldsText(words, size);
    const matches = dialect === "postgres"
      ? Prisma.sql`SELECT event_id AS id FROM event_search_fields WHERE fields @@ CAST(${text} AS tsquery) LIMIT ${TIER_MATCH_CAP}`
      : Prisma.sql`SELECT rowid AS id FROM event_search WHERE event_search MATCH ${text} LIMIT ${TIER_MATCH_CAP}`;
    const join = dialect === "postgres" ? Prisma.sql`JOIN` : Prisma.sql`CROSS JOIN`;
    tiers.push(Prisma.sql`SELECT ${CANDIDATE_COLUMNS} FROM (${matches}) m ${join} events e ON e.id = m.id WHERE ${where}`);
  }
  return Prisma.sql`${Prisma.join(tiers, " UNION ALL ")} LIMIT ${CANDIDATE_LIMIT}`;
}
