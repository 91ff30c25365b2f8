import type { CountryCount } from "@/lib/queries/get-dashboard-stats";
import type { EventFilter } from "@/lib/filters/event-filter";
import { EVENT_UNIT } from "@/lib/charts/chart-data";
import { OTHER_COLOUR, SERIES_COLOURS } from "@/lib/charts/series-palette";
import { COUNTRY_BARS, toCountryBars, toRankingTable } from "@/lib/dashboard/ranking-chart-data";
import { ChartSection } from "@/components/charts/chart-section";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { MutedBarsNote } from "./muted-bars-note";
import styles from "./dashboard.module.css";

/** How many of the matching events involve each country. */
export function CountryChart({ countries, filter }: { countries: CountryCount[]; filter: EventFilter }) {
  const bars = toCountryBars(countries, filter);
  const shown = bars.slice(0, COUNTRY_BARS);
  return (
    <ChartSection id="countries" title="Events by country" description="An event involving two countries counts for each. Select a bar or a country to list its events.">
      {shown.length > 0 ? (
        <HorizontalBarChart data={shown} colour={SERIES_COLOURS[0]} mutedColour={OTHER_COLOUR} unit={EVENT_UNIT} labelWidth={130} />
      ) : (
        <p className={styles.emptyChart}>These events name no country.</p>
      )}
      {bars.length > shown.length && <p className={styles.notes}>The {shown.length} countries with the most events are drawn; the table lists all {bars.length}.</p>}
      <MutedBarsNote bars={shown} what="countries" />
      {bars.length > 0 && <ChartDataTable caption="Events by country" table={toRankingTable(bars, "Country")} />}
    </ChartSection>
  );
}
