import type { CountryCount } from "@/lib/queries/dashboard/count-events-by-country";
import type { ActorCount } from "@/lib/queries/dashboard/find-top-actors";
import type { EventFilter } from "@/lib/filters/event-filter";
import { ACTOR_KIND_LABELS } from "@/lib/domain/event-vocabulary";
import { EVENT_UNIT, formatCount, type BarDatum, type ChartTable } from "@/lib/charts/chart-data";
import { hrefOrNull, narrowToFacet } from "./drill-down";

/** The country chart draws this many bars; its table lists every country. */
export const COUNTRY_BARS = 15;

export function toCountryBars(countries: CountryCount[], filter: EventFilter): BarDatum[] {
  return countries.map((country) => {
    const href = hrefOrNull(narrowToFacet(filter, "country", [country.code]));
    return { key: country.code, label: country.name, value: country.count, href, muted: href === null };
  });
}

export function toActorBars(actors: ActorCount[], filter: EventFilter): BarDatum[] {
  return actors.map((actor) => {
    const href = hrefOrNull(narrowToFacet(filter, "actor", [actor.slug]));
    return { key: actor.slug, label: actor.name, detail: ACTOR_KIND_LABELS[actor.kind] ?? actor.kind, value: actor.count, href, muted: href === null };
  });
}

export function toRankingTable(bars: BarDatum[], nameColumn: string, detailColumn?: string): ChartTable {
  return {
    columns: [{ label: nameColumn }, ...(detailColumn ? [{ label: detailColumn }] : []), { label: "Events", numeric: true }],
    rows: bars.map((bar) => ({
      key: bar.key,
      cells: [
        { text: bar.label },
        ...(detailColumn ? [{ text: bar.detail ?? "" }] : []),
        { text: String(bar.value), href: bar.href, label: `${bar.label}: ${formatCount(bar.value, EVENT_UNIT)}` },
      ],
    })),
  };
}
