import type { ActorKind } from "@/lib/domain/event-vocabulary";
import type { CountScope } from "../counts/count-scope";
import { countByMember, LINKS_MEMBER, NONE_MEMBER, type CountDim, type MemberCount } from "../counts/count-sql";
import { labelMembers } from "../counts/label-members";
import type { CountryCount } from "./count-events-by-country";
import type { HeadlineCounts } from "./count-headline";
import type { ActorCount } from "./find-top-actors";

const isNamed = (row: MemberCount) => row.n > 0 && row.member !== NONE_MEMBER && row.member !== LINKS_MEMBER;

function readHeadline(rows: MemberCount[]): HeadlineCounts {
  const involved = (dim: CountDim) => rows.filter((row) => row.dim === dim && isNamed(row)).length;
  return { events: rows.find((row) => row.dim === "all")?.n ?? 0, countries: involved("country"), actors: involved("actor"), topics: involved("topic") };
}

/** The headline counts from event_counts: a member is involved when it has a matching event. */
export async function countHeadlineFromCounts(scope: CountScope): Promise<HeadlineCounts> {
  return readHeadline(await countByMember(scope, ["all", "country", "actor", "topic"], scope.period, scope.match));
}

/** Headline, countries and top actors in one read of event_counts. */
export async function countDashboardFromCounts(scope: CountScope, topActorCount: number): Promise<{ counts: HeadlineCounts; byCountry: CountryCount[]; topActors: ActorCount[] }> {
  const rows = await countByMember(scope, ["all", "country", "actor", "topic"], scope.period, scope.match);
  const countries = rows.filter((row) => row.dim === "country" && isNamed(row));
  const actors = rows.filter((row) => row.dim === "actor" && isNamed(row)).sort((a, b) => b.n - a.n);
  // Ties at the cut are broken by name, so read the names of every actor tied with the last one kept.
  const cut = actors[Math.min(topActorCount, actors.length) - 1]?.n ?? Infinity;
  const candidates = actors.filter((row) => row.n >= cut);
  const [countryLabels, actorLabels] = await Promise.all([
    labelMembers("country", countries.map((row) => row.member)),
    labelMembers("actor", candidates.map((row) => row.member)),
  ]);
  const byCountry = countries
    .flatMap((row) => { const label = countryLabels.get(row.member); return label ? [{ code: label.key, name: label.label, count: row.n }] : []; })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const topActors = candidates
    .flatMap((row) => { const label = actorLabels.get(row.member); return label ? [{ slug: label.key, name: label.label, kind: label.kind as ActorKind, count: row.n }] : []; })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, topActorCount);
  return { counts: readHeadline(rows), byCountry, topActors };
}
