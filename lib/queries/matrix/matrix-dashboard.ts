import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import { filterPeriod } from "@/lib/filters/event-filter";
import type { BucketInterval } from "@/lib/charts/bucket-keys";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { byCountThenName } from "../dashboard/rank-order";
import type { HeadlineCounts } from "../dashboard/count-headline";
import type { CountryCount } from "../dashboard/count-events-by-country";
import type { ActorCount } from "../dashboard/find-top-actors";
import type { TopicRank } from "../dashboard/rank-topics";
import type { ActivityBucketRow, ActivityCellRow, ActivityOverview } from "../dashboard/activity-rows";
import type { EventMatrix } from "./event-matrix";
import type { MatchedSlots } from "./match-matrix";
import type { MatrixMatch } from "./match-in-matrix";
import { chartedSlots, countBuckets, countDistinctMembers, countMembers, overviewOf } from "./count-matrix";

export function headlineFromMatrix({ matrix, slots }: MatrixMatch): HeadlineCounts {
  return {
    events: slots.length,
    countries: countDistinctMembers(matrix, "country", slots),
    actors: countDistinctMembers(matrix, "actor", slots),
    topics: countDistinctMembers(matrix, "topic", slots),
  };
}

/** The members counted above zero, as their stored values with their counts. */
function countedValues(matrix: EventMatrix, counts: Int32Array, facet: "country" | "actor" | "topic", atLeast = 1): { value: string; n: number }[] {
  const values = matrix.facets[facet].dictionary.values;
  const out: { value: string; n: number }[] = [];
  counts.forEach((n, ordinal) => {
    if (n >= atLeast && n > 0) out.push({ value: values[ordinal]!, n });
  });
  return out;
}

export async function countriesFromMatrix({ matrix, slots }: MatrixMatch): Promise<CountryCount[]> {
  const counted = countedValues(matrix, countMembers(matrix, "country", slots), "country");
  if (!counted.length) return [];
  const names = new Map((await readSql<{ code: string; name: string }[]>`SELECT code, name FROM countries WHERE code IN (${Prisma.join(counted.map((c) => c.value))})`).map((row) => [row.code, row.name]));
  return counted.flatMap(({ value, n }) => (names.has(value) ? [{ code: value, name: names.get(value)!, count: n }] : [])).sort(byCountThenName);
}

/** The `limit` actors in the most matches, ties at the cut broken by name (as readTopActors does). */
export async function topActorsFromMatrix({ matrix, slots }: MatrixMatch, limit: number): Promise<ActorCount[]> {
  const counts = countMembers(matrix, "actor", slots);
  const cut = [...counts].filter((n) => n > 0).sort((a, b) => b - a)[limit - 1] ?? 1;
  const counted = countedValues(matrix, counts, "actor", cut);
  if (!counted.length) return [];
  const rows = await readSql<{ id: number | bigint; slug: string; name: string; kind: string }[]>`
    SELECT id, slug, name, kind FROM actors WHERE id IN (${Prisma.join(counted.map((c) => Number(c.value)))})`;
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  return counted
    .flatMap(({ value, n }) => {
      const row = byId.get(value);
      return row ? [{ slug: row.slug, name: row.name, kind: row.kind as ActorKind, count: n }] : [];
    })
    .sort(byCountThenName)
    .slice(0, limit);
}

async function rankTopicsFromMatrix(matrix: EventMatrix, slots: MatchedSlots): Promise<TopicRank[]> {
  const counted = countedValues(matrix, countMembers(matrix, "topic", slots), "topic");
  if (!counted.length) return [];
  const rows = await readSql<{ id: number | bigint; slug: string; name: string }[]>`
    SELECT id, slug, name FROM topics WHERE id IN (${Prisma.join(counted.map((c) => Number(c.value)))})`;
  const byId = new Map(rows.map((row) => [String(row.id), row]));
  return counted
    .flatMap(({ value, n }) => {
      const row = byId.get(value);
      return row ? [{ id: Number(row.id), slug: row.slug, name: row.name, count: n }] : [];
    })
    .sort(byCountThenName);
}

/** The activity chart's overview and buckets from the matrix (what activity-live.ts counts in SQL). */
export function activityFromMatrix(match: MatrixMatch, filter: ResolvedEventFilter) {
  const { matrix, slots } = match;
  const charted = chartedSlots(matrix, slots, filterPeriod(filter).start);
  return {
    async overview(): Promise<{ overview: ActivityOverview; ranking: TopicRank[] }> {
      return { overview: overviewOf(matrix, slots, charted), ranking: await rankTopicsFromMatrix(matrix, charted) };
    },
    async buckets(interval: BucketInterval, top: TopicRank[]): Promise<{ bucketRows: ActivityBucketRow[]; cellRows: ActivityCellRow[] }> {
      const dictionary = matrix.facets.topic.dictionary;
      const tops = top.flatMap((topic) => {
        const ordinal = dictionary.ordinalOf(String(topic.id));
        return ordinal === undefined ? [] : [{ ordinal, slug: topic.slug }];
      });
      const buckets = countBuckets(matrix, charted, interval, tops.map((t) => t.ordinal));
      return {
        bucketRows: buckets.map(({ bucket, n, noTopic, other }) => ({ bucket, n, noTopic, other })),
        cellRows: buckets.flatMap(({ bucket, byTop }) => byTop.flatMap((n, position) => (n > 0 ? [{ bucket, slug: tops[position]!.slug, n }] : []))),
      };
    },
  };
}
