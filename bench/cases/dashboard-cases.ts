import { ANONYMOUS } from "@/lib/domain/viewer";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { parsePartialDate } from "@/lib/dates/partial-date";
import { DATE_MIN } from "@/lib/dates/event-date";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import type { RawDb } from "../raw-driver";
import { resolvedFilter, VISIBLE, yearStart, type BenchCase, type BenchContext } from "./bench-case";

const partial = (value: string) => {
  const parsed = parsePartialDate(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
};

function bucketSql(raw: RawDb, interval: BucketInterval): string {
  if (raw.kind === "postgres") {
    const format = { month: "YYYY-MM", quarter: `YYYY-"Q"Q`, year: "YYYY" }[interval];
    return `to_char(to_timestamp(e.earliest / 1000.0) AT TIME ZONE 'UTC', '${format}')`;
  }
  const at = "CAST(e.earliest / 1000 AS INTEGER), 'unixepoch'";
  if (interval === "quarter") return `(strftime('%Y', ${at}) || '-Q' || ((CAST(strftime('%m', ${at}) AS INTEGER) + 2) / 3))`;
  return `strftime('${interval === "month" ? "%Y-%m" : "%Y"}', ${at})`;
}

/** The dashboard's numbers as plain GROUP BYs: headline counts, activity by bucket and topic, countries, top actors. */
export async function rawDashboard(raw: RawDb, where: string, params: unknown[], chartedFrom: number | null, interval: BucketInterval) {
  const charted = chartedFrom === null ? `e.earliest > ${DATE_MIN}` : `e.earliest > ${DATE_MIN} AND e.earliest >= ${chartedFrom}`;
  const bucket = bucketSql(raw, interval);
  const [headline, overview, topics, buckets, cells, countries, actors] = await Promise.all([
    raw.all<{ events: unknown }>(`SELECT
        (SELECT COUNT(*) FROM events e WHERE ${where}) AS events,
        (SELECT COUNT(DISTINCT ec.country_code) FROM events e JOIN event_countries ec ON ec.event_id = e.id WHERE ${where}) AS countries,
        (SELECT COUNT(DISTINCT ea.actor_id) FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE ${where}) AS actors,
        (SELECT COUNT(DISTINCT et.topic_id) FROM events e JOIN event_topics et ON et.event_id = e.id WHERE ${where}) AS topics`, [...params, ...params, ...params, ...params]),
    raw.all(`SELECT COUNT(*) AS n, MIN(e.earliest) AS first_ms, MAX(e.earliest) AS last_ms FROM events e WHERE ${where} AND ${charted}`, params),
    raw.all(`SELECT et.topic_id, COUNT(*) AS n FROM events e JOIN event_topics et ON et.event_id = e.id WHERE ${where} AND ${charted} GROUP BY et.topic_id ORDER BY n DESC`, params),
    raw.all(`SELECT ${bucket} AS bucket, COUNT(*) AS n FROM events e WHERE ${where} AND ${charted} GROUP BY bucket ORDER BY bucket`, params),
    raw.all(`SELECT ${bucket} AS bucket, et.topic_id, COUNT(*) AS n FROM events e JOIN event_topics et ON et.event_id = e.id WHERE ${where} AND ${charted} GROUP BY bucket, et.topic_id`, params),
    raw.all<{ code: string; n: unknown }>(`SELECT ec.country_code AS code, COUNT(*) AS n FROM events e JOIN event_countries ec ON ec.event_id = e.id WHERE ${where} GROUP BY ec.country_code ORDER BY n DESC, ec.country_code`, params),
    raw.all(`SELECT ea.actor_id, COUNT(*) AS n FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE ${where} GROUP BY ea.actor_id ORDER BY n DESC LIMIT 10`, params),
  ]);
  void overview; void topics; void buckets; void cells; void actors;
  return { count: Number(headline[0]?.events ?? 0), countries: Object.fromEntries(countries.map((row) => [row.code, Number(row.n)])) };
}

export function dashboardCases(ctx: BenchContext): BenchCase[] {
  const periods: [name: string, from: number | null, to: number | null][] = [
    ["all events (yearly buckets at 1990–2026)", null, null],
    ["from=2020 to=2022 (monthly buckets, and 2017–2019 to compare)", 2020, 2022],
  ];
  return periods.map(([name, from, to]) => {
    // The dashboard picks its bucket size from the data; the baseline groups by the same one.
    let interval: BucketInterval = "year";
    const filter = from === null || to === null ? resolvedFilter({}) : resolvedFilter({ from: partial(String(from)), to: partial(String(to)) });
    const where = from === null || to === null ? VISIBLE : `${VISIBLE} AND e.earliest < ? AND e.latest > ?`;
    const params = from === null || to === null ? [] : [yearStart(to + 1), yearStart(from)];
    return {
      group: "dashboard",
      name,
      app: async () => {
        const stats = await getDashboardStats({ filter, viewer: ANONYMOUS });
        interval = stats.activity.interval;
        return { count: stats.headline.counts.events, fingerprint: Object.fromEntries(stats.byCountry.map((c) => [c.code, c.count]).sort()) };
      },
      raw: async () => {
        const current = rawDashboard(ctx.raw, where, params, from === null ? null : yearStart(from), interval);
        // With a closed period the dashboard also counts the previous period of the same length.
        const previous = from === null || to === null ? null : ctx.raw.all(`SELECT
            (SELECT COUNT(*) FROM events e WHERE ${where}) AS events,
            (SELECT COUNT(DISTINCT ec.country_code) FROM events e JOIN event_countries ec ON ec.event_id = e.id WHERE ${where}) AS countries,
            (SELECT COUNT(DISTINCT ea.actor_id) FROM events e JOIN event_actors ea ON ea.event_id = e.id WHERE ${where}) AS actors,
            (SELECT COUNT(DISTINCT et.topic_id) FROM events e JOIN event_topics et ON et.event_id = e.id WHERE ${where}) AS topics`,
          Array.from({ length: 4 }, () => [yearStart(from), yearStart(from - (to - from + 1))]).flat());
        const [result] = await Promise.all([current, previous]);
        return { count: result.count, fingerprint: Object.fromEntries(Object.entries(result.countries).sort()) };
      },
    } satisfies BenchCase;
  });
}
