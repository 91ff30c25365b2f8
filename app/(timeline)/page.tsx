import type { Metadata } from "next";
import Link from "next/link";
import { FilterBar } from "@/components/filters/filter-bar";
import { FilterErrors } from "@/components/filters/filter-errors";
import { EXAMPLE_COMPARE_HREF } from "@/lib/compare/compare-params";
import { TimelineView } from "@/components/timeline/timeline-view";
import { getViewer } from "@/lib/auth/get-viewer";
import { canEdit } from "@/lib/domain/viewer";
import { isFilterEmpty, serializeEventFilter } from "@/lib/filters/event-filter";
import { listFilterOptions } from "@/lib/queries/list-filter-options";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { loadTimelineView } from "@/lib/queries/load-timeline-window";
import { parseTimelineParams, TIMELINE_KEYS } from "@/lib/timeline/timeline-params";
import styles from "./timeline-page.module.css";

export const metadata: Metadata = { title: "Timeline" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TimelinePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const viewer = await getViewer();
  const loaded = await loadEventFilter(params, TIMELINE_KEYS);
  const filter = loaded.ok ? loaded.filter : loaded.fallback;
  const timeline = parseTimelineParams(params);
  const errors = [...(loaded.ok ? [] : loaded.errors), ...timeline.errors];
  const { groupBy, window, laneChoice } = timeline.value;
  const [options, { extent, fit, view, today, result: initial }] = await Promise.all([
    listFilterOptions(filter.actors),
    loadTimelineView({ filter, viewer, groupBy, window, laneChoice }),
  ]);
  const filterQuery = serializeEventFilter(filter).toString();

  return (
    <>
      <div className={styles.heading}>
        <h1>Timeline</h1>
        <p className="muted">
          {extent.count} event{extent.count === 1 ? "" : "s"} {isFilterEmpty(filter) ? "in Chronicle" : "match the filters"}
        </p>
        <p className={styles.compare}>
          <Link href={EXAMPLE_COMPARE_HREF}>Compare two filters</Link>
        </p>
      </div>
      <FilterBar options={options} showStatus={canEdit(viewer)} />
      <FilterErrors errors={errors} />
      {initial ? (
        <TimelineView key={filterQuery} initial={initial} initialView={view} fit={fit} today={today} filterQuery={filterQuery} matchingCount={extent.count} />
      ) : (
        <section className={styles.empty} aria-labelledby="timeline-empty-heading">
          <h2 id="timeline-empty-heading">{isFilterEmpty(filter) ? "No events yet" : "No events match these filters"}</h2>
          {isFilterEmpty(filter) ? (
            <p>Once events are published they appear here on the timeline.</p>
          ) : (
            <>
              <p>Try removing a topic, actor or country, lowering the importance, or widening the period.</p>
              <Link href={timeline.value.groupBy === "topic" ? "/" : `/?lanes=${timeline.value.groupBy}`}>Clear all filters</Link>
            </>
          )}
        </section>
      )}
    </>
  );
}
