import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { SearchQuery } from "../search/parse-search-query";
import { searchListAmongSql, searchListSql } from "../search/search-sql";
import { visitIds } from "../search/tally-ranks";

/**
 * The matches of the search terms readers use most, kept in memory beside the event matrix and kept true by its
 * change log. Reading a common word's matches is what a search costs the matrix: every match is a row of the search
 * index to visit (about a second for the word in 80% of a million events on PostgreSQL, BENCHMARKS.md). Each term's
 * list is kept once read, if long enough to be worth it; a query's terms are intersected here.
 *
 * Kept lists follow every write: on PostgreSQL the changed events are tested against every kept term in one indexed
 * read; SQLite's FTS5 cannot test a few rows (a MATCH restricted to rowids still reads the term's whole list), so
 * there a write forgets the kept lists.
 */

/** One term as the index reads it. */
interface Term {
  term: string;
  prefix: boolean;
}

interface Kept {
  query: SearchQuery;
  ids: Int32Array;
}

export const SEARCH_POSTINGS_TUNING = {
  /** Lists shorter than this are quick to read again. */
  keepFrom: 10_000,
  /**
   * PostgreSQL: when the rest of a filter leaves at most this many events, those are tested for the text one by one
   * (probeSearchIds) rather than reading every match of it, as for a word and a narrow facet. SQLite's FTS5 cannot
   * test a few rows: there the matches are always read.
   */
  probeAtMost: dialect === "postgres" ? 2_000 : 0,
};
/** At most this many ids kept (4 bytes each), the least recently used dropped first. */
const KEEP_AT_MOST = 4_000_000;
const MAX_KEPT_LISTS = 64;
/** More changed events than this forget the kept lists rather than test each. */
const FOLLOW_LIMIT = 2_000;

const termsOf = (query: SearchQuery): Term[] => query.terms.map((term, index) => ({ term, prefix: query.prefix && index === query.terms.length - 1 }));
const queryOf = (terms: Term[]): SearchQuery => ({ terms: terms.map((t) => t.term), prefix: terms.at(-1)?.prefix ?? false });
const keyOf = (terms: Term[]): string => terms.map((t) => `${t.term}${t.prefix ? "*" : ""}`).join(" ");

export class SearchPostings {
  /** In order of last use. */
  private readonly kept = new Map<string, Kept>();
  private keptIds = 0;
  /** Counts the writes followed, so a read that overlapped one is not kept (it may predate the write). */
  private followed = 0;

  /** The matches of `query` from memory alone, or null when some term is not kept. */
  cached(query: SearchQuery): Int32Array | null {
    const whole = this.use(keyOf(termsOf(query)));
    if (whole) return whole;
    const lists = termsOf(query).map((term) => this.use(keyOf([term])));
    return lists.every((list) => list !== null) && lists.length > 1 ? intersect(lists as Int32Array[]) : null;
  }

  /** The ids of the events whose text holds every term of `query` (in no particular order). */
  async ids(query: SearchQuery): Promise<Int32Array> {
    const cached = this.cached(query);
    if (cached) return cached;
    const terms = termsOf(query);
    const lists: Int32Array[] = [];
    const rest: Term[] = [];
    for (const term of terms) {
      const list = terms.length > 1 ? this.use(keyOf([term])) : null;
      if (list) lists.push(list);
      else rest.push(term);
    }
    lists.push(await this.read(rest));
    return intersect(lists);
  }

  /** Brings the kept lists up to date with the events `changed` (written since the last call). */
  async follow(changed: readonly number[]): Promise<void> {
    if (!changed.length) return;
    this.followed++;
    if (!this.kept.size) return;
    if (dialect === "sqlite" || changed.length > FOLLOW_LIMIT) return this.forget();
    const entries = [...this.kept.entries()];
    const rows = await readSql<{ k: number; id: number }[]>(
      Prisma.join(
        entries.map(([, kept], index) => Prisma.sql`SELECT ${Prisma.raw(String(index))} AS k, a.id FROM (${searchListAmongSql(kept.query, changed)}) a`),
        " UNION ALL ",
      ),
    );
    const matched = entries.map(() => [] as number[]);
    for (const row of rows) matched[Number(row.k)]!.push(Number(row.id));
    const gone = new Set(changed);
    entries.forEach(([key, kept], index) => {
      if (this.kept.get(key) !== kept) return;
      const next = new Int32Array(kept.ids.length + matched[index]!.length);
      let count = 0;
      for (const id of kept.ids) if (!gone.has(id)) next[count++] = id;
      for (const id of matched[index]!) next[count++] = id;
      this.keptIds += count - kept.ids.length;
      kept.ids = next.slice(0, count);
    });
  }

  forget(): void {
    this.kept.clear();
    this.keptIds = 0;
  }

  private use(key: string): Int32Array | null {
    const kept = this.kept.get(key);
    if (!kept) return null;
    this.kept.delete(key);
    this.kept.set(key, kept);
    return kept.ids;
  }

  private async read(terms: Term[]): Promise<Int32Array> {
    const query = queryOf(terms);
    const followedBefore = this.followed;
    const ids = await readSearchIds(query);
    if (ids.length >= SEARCH_POSTINGS_TUNING.keepFrom && ids.length <= KEEP_AT_MOST && this.followed === followedBefore) this.keep(keyOf(terms), { query, ids });
    return ids;
  }

  private keep(key: string, kept: Kept): void {
    this.kept.set(key, kept);
    this.keptIds += kept.ids.length;
    for (const [oldest, entry] of this.kept) {
      if (this.keptIds <= KEEP_AT_MOST && this.kept.size <= MAX_KEPT_LISTS) break;
      this.kept.delete(oldest);
      this.keptIds -= entry.ids.length;
    }
  }
}

/** One packed read of the search index: the ids of the events matching every term of `query`. */
async function readSearchIds(query: SearchQuery): Promise<Int32Array> {
  if (!query.terms.length) return new Int32Array(0);
  const list = searchListSql(query);
  const rows = await readSql<{ packed: string | null }[]>(
    dialect === "postgres"
      ? Prisma.sql`SELECT string_agg(CAST(m.id AS text), ',') AS packed FROM (${list}) m`
      : Prisma.sql`SELECT group_concat(m.id) AS packed FROM (${list}) m`,
  );
  const packed = rows[0]?.packed ?? null;
  if (!packed) return new Int32Array(0);
  let count = 1;
  for (let i = 0; i < packed.length; i++) if (packed.charCodeAt(i) === 44) count++;
  const ids = new Int32Array(count);
  let at = 0;
  visitIds(packed, (id) => (ids[at++] = id));
  return ids;
}

/** The ids in every list (each list without repeats). */
function intersect(lists: Int32Array[]): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let maxId = 0;
  for (const id of sorted[0]!) maxId = Math.max(maxId, id);
  const seen = new Uint8Array(maxId + 1);
  for (const id of sorted[0]!) seen[id] = 1;
  for (let k = 1; k < sorted.length; k++) {
    const round = k + 1;
    for (const id of sorted[k]!) if (id <= maxId && seen[id] === k) seen[id] = round;
  }
  return sorted[0]!.filter((id) => seen[id] === sorted.length);
}

/**
 * PostgreSQL: which of the events `ids` match `query`, each read by its key. Testing a few thousand events this way
 * costs less than reading a common word's matches (BENCHMARKS.md, "Figures: the event matrix"); FTS5 cannot do it.
 */
export async function probeSearchIds(query: SearchQuery, ids: readonly number[]): Promise<Int32Array> {
  if (!ids.length || !query.terms.length) return new Int32Array(0);
  const rows = await readSql<{ id: number }[]>(searchListAmongSql(query, ids));
  return Int32Array.from(rows, (row) => Number(row.id));
}
