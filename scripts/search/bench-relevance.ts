/**
 * Times relevance-sorted search pages (findEvents, count and hydration included) on the database named
 * by DATABASE_URL:
 *   DATABASE_URL=file:/path/to/sqlite-1000000.db npx tsx scripts/search/bench-relevance.ts
 *   DATABASE_URL=postgresql://…/chronicle_dev_bench_1000000 npx tsx scripts/search/bench-relevance.ts
 * Each case runs once to warm up, then RUNS times (median and worst, in ms). CHECK=1 also compares each
 * page's ids with the full ranking (the query findEvents ran before relevance tiers), which is slow.
 * QUERIES=corridor,rail overrides the searched texts; PAGES=1,3 the pages; FILTER="topic=syn-trade&importance=4"
 * adds other filters (URL parameters, as the events page takes them).
 */
import { ANONYMOUS } from "../../lib/domain/viewer";
import { Prisma, db } from "../../lib/db/client";
import { readSql } from "../../lib/db/read-sql";
import { parseEventFilter } from "../../lib/filters/event-filter";
import { findEvents } from "../../lib/queries/find-events";
import { resolveEventFilter, type ResolvedEventFilter } from "../../lib/queries/resolve-event-filter";
import { eventWhereSql } from "../../lib/queries/sql/event-where";
import { parseSearchQuery } from "../../lib/queries/search/parse-search-query";
import { searchRankSql } from "../../lib/queries/search/search-sql";
import { timeRuns } from "../timeline/time-runs";

const RUNS = Number(process.env.RUNS ?? 5);
const PAGE_SIZE = 50;
const QUERIES = (process.env.QUERIES ?? "officials,growth,talks growth,census").split(",");
const PAGES = (process.env.PAGES ?? "1,3").split(",").map(Number);

const FILTER = process.env.FILTER ?? "";

async function resolveFilter(q: string): Promise<ResolvedEventFilter> {
  const params = new URLSearchParams(FILTER);
  params.set("q", q);
  const parsed = parseEventFilter(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const resolved = await resolveEventFilter(parsed.value);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
  return resolved.value;
}

/** The page as the full ranking orders it: every match ranked, then sorted. */
async function referenceIds(filter: ResolvedEventFilter, page: number): Promise<number[]> {
  const search = parseSearchQuery(filter.q!);
  const order = Prisma.sql`${searchRankSql(search)} DESC, e.importance DESC, e.earliest DESC, e.id ASC`;
  const rows = await readSql<{ id: number | bigint }[]>(Prisma.sql`SELECT e.id FROM events e WHERE ${eventWhereSql(filter, ANONYMOUS)}
    ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`);
  return rows.map((row) => Number(row.id));
}

console.log(`${RUNS} runs per case after one warm-up; pages of ${PAGE_SIZE}${FILTER ? `; filter ${FILTER}` : ""}.`);
for (const q of QUERIES) {
  const filter = await resolveFilter(q);
  for (const page of PAGES) {
    const run = () => findEvents({ filter, viewer: ANONYMOUS, sort: (process.env.SORT ?? "relevance") as "relevance" | "date", page, pageSize: PAGE_SIZE });
    const { first, times, median } = await timeRuns(run, RUNS);
    let check = "";
    if (process.env.CHECK === "1") {
      const expected = await referenceIds(filter, page);
      check = JSON.stringify(expected) === JSON.stringify(first.rows.map((row) => row.id)) ? "  same ids as the full ranking" : "  DIFFERENT ids from the full ranking";
    }
    const label = `"${q}" page ${page}`;
    console.log(`${label.padEnd(26)} median ${median.toFixed(1).padStart(7)} ms  worst ${times.at(-1)!.toFixed(1).padStart(7)} ms  (${first.rows.length} rows, total ${first.totalExact ? "" : "≥ "}${first.total})${check}`);
  }
}
await db.$disconnect();
