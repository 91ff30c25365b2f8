import type { ActorCount } from "@/lib/queries/get-dashboard-stats";
import type { EventFilter } from "@/lib/filters/event-filter";
import { EVENT_UNIT } from "@/lib/charts/chart-data";
import { OTHER_COLOUR, SERIES_COLOURS } from "@/lib/charts/series-palette";
import { toActorBars, toRankingTable } from "@/lib/dashboard/ranking-chart-data";
import { ChartSection } from "@/components/charts/chart-section";
import { ChartDataTable } from "@/components/charts/chart-data-table";
import { HorizontalBarChart } from "@/components/charts/horizontal-bar-chart";
import { MutedBarsNote } from "./muted-bars-note";
import styles from "./dashboard.module.css";

/** The ten actors involved in the most matching events. */
export function ActorChart({ actors, filter }: { actors: ActorCount[]; filter: EventFilter }) {
  const bars = toActorBars(actors, filter);
  return (
    <ChartSection id="actors" title="Top actors" description="The people and organisations involved in the most events. Select a bar or a name to list their events.">
      {bars.length > 0 ? (
        <HorizontalBarChart data={bars} colour={SERIES_COLOURS[2]} mutedColour={OTHER_COLOUR} unit={EVENT_UNIT} labelWidth={170} />
      ) : (
        <p className={styles.emptyChart}>These events name no actor.</p>
      )}
      <MutedBarsNote bars={bars} what="actors" />
      {bars.length > 0 && <ChartDataTable caption="Top actors" table={toRankingTable(bars, "Actor", "Kind")} />}
    </ChartSection>
  );
}
