import type { ActorKind } from "@/lib/domain/event-vocabulary";
import type { CountScope, PairTarget } from "../counts/count-scope";
import { countPairsByMember } from "../counts/pair-sql";
import { LINKS_MEMBER, NONE_MEMBER } from "../counts/count-columns";
import { countByMember, type CountDim, type MemberCount } from "../counts/count-sql";
import { labelMembers } from "../counts/label-members";
import type { CountryCount } from "./count-events-by-country";
import type { HeadlineCounts } from "./count-headline";
import type { ActorCount } from "./find-top-actors";
import { byCountThenName } from "./rank-order";

const isNamed = (row: MemberCount) => row.n > 0 && row.member !== NONE_MEMBER && row.member !== LINKS_MEMBER;

function readHeadline(rows: MemberCount[]): HeadlineCounts {
  const involved = (dim: CountDim) => rows.filter((row) => row.dim === dim && isNamed(row)).length;
  return { events: rows.find((row) => row.dim === "all")?.n ?? 0, countries: involved("country"), actors: involved("actor"), topics: involved("topic") };
}

/** The headline counts from event_counts: a member is involved when it has a matching event. */
export async function countHeadlineFromCounts(scope: CountScope): Promise<HeadlineCounts> {
  return readHeadline(await countByMember(scope, ["all", "country", "actor", "topic"], scope.period, scope.match));
}

export interface CountedDashboard {
  counts: HeadlineCounts;
  byCountry: CountryCount[];
  topActors: ActorCount[];
}

/** Headline, countries and top actors in one read of event_counts. */
export async function countDashboardFromCounts(scope: CountScope, topActorCount: number): Promise<CountedDashboard> {
  return summarizeDashboard(await countByMember(scope, ["all", "country", "actor", "topic"], scope.period, scope.match), topActorCount);
}

/** The same for one topic, actor or country over all time, in one read of event_pair_counts: its own pair row is its total. */
export async function countDashboardFromPairs(target: PairTarget, topActorCount: number): Promise<CountedDashboard> {
  const rows = await countPairsByMember(target, ["country", "actor", "topic"]);
  const total = rows.find((row) => row.dim === target.dim && row.member === target.member)?.n ?? 0;
  return summarizeDashboard([{ dim: "all", member: "", n: total }, ...rows], topActorCount);
}

/** The actors with the most counted events, ties by name (so every actor tied at the cut is labelled). */
export async function rankCountedActors(rows: MemberCount[], limit: number): Promise<ActorCount[]> {
  const actors = rows.filter((row) => row.dim === "actor" && isNamed(row)).sort((a, b) => b.n - a.n);
  const cut = actors[Math.min(limit, actors.length) - 1]?.n ?? Infinity;
  const candidates = actors.filter((row) => row.n >= cut);
  const labels = await labelMembers("actor", candidates.map((row) => row.member));
  return candidates
    .flatMap((row) => { const label = labels.get(row.member); return label ? [{ slug: label.key, name: label.label, kind: label.kind as ActorKind, count: row.n }] : []; })
    .sort(byCountThenName)
    .slice(0, limit);
}

async function summarizeDashboard(rows: MemberCount[], topActorCount: number): Promise<CountedDashboard> {
  const countries = rows.filter((row) => row.dim === "country" && isNamed(row));
  const [countryLabels, topActors] = await Promise.all([
    labelMembers("country", countries.map((row) => row.member)),
    rankCountedActors(rows, topActorCount),
  ]);
  const byCountry = countries
    .flatMap((row) => { const label = countryLabels.get(row.member); return label ? [{ code: label.key, name: label.label, count: row.n }] : []; })
    .sort(byCountThenName);
  return { counts: readHeadline(rows), byCountry, topActors };
}
