import type { Metadata } from "next";
import Link from "next/link";
import { CompareForm } from "@/components/compare/compare-form";
import { CompareNavigation } from "@/components/compare/compare-navigation";
import { ComparePlot } from "@/components/compare/compare-plot";
import { EXAMPLE_COMPARE_HREF, parseCompareTracks } from "@/lib/compare/compare-params";
import { loadCompareView } from "@/components/compare/load-compare-view";
import { formatWindowLabel } from "@/components/timeline/format-window-label";
import { FilterErrors } from "@/components/filters/filter-errors";
import { getViewer } from "@/lib/auth/get-viewer";
import { parseTimelineParams } from "@/lib/timeline/timeline-params";
import styles from "./compare-page.module.css";

export const metadata: Metadata = { title: "Compare" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ComparePage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const viewer = await getViewer();
  const { value: tracks, errors: trackErrors } = parseCompareTracks(params);
  const timeline = parseTimelineParams({ start: params.start, end: params.end });
  const ready = tracks.length >= 2;
  const loaded = ready ? await loadCompareView(tracks, viewer, timeline.value.window) : null;
  const errors = [...trackErrors, ...timeline.errors, ...(loaded?.errors ?? [])];
  const baseQuery = new URLSearchParams(tracks.flatMap((t) => [[t.name, t.query], [`${t.name}_label`, t.label]])).toString();

  return (
    <>
      <h1>Compare</h1>
      <p className={styles.intro}>
        Two filters side by side on one time axis, each with its count in the window. <Link href={EXAMPLE_COMPARE_HREF}>Example: Malaysia–France against Malaysia–China</Link>
      </p>
      <FilterErrors errors={errors} />
      {loaded ? (
        <section aria-labelledby="compare-heading">
          <h2 id="compare-heading" className={styles.period}>{formatWindowLabel(loaded.view)}</h2>
          <ul className={styles.counts} aria-label="Events per track in this period">
            {loaded.tracks.map((track) => (
              <li key={track.key}>
                <Link href={`/?${track.query}`}>{track.label}</Link>: <strong>{track.result.total}</strong> event{track.result.total === 1 ? "" : "s"}
              </li>
            ))}
          </ul>
          <CompareNavigation baseQuery={baseQuery} view={loaded.view} />
          <ComparePlot tracks={loaded.tracks} view={loaded.view} today={loaded.today} />
        </section>
      ) : (
        <p className="muted">Name two tracks below, or open the example above.</p>
      )}
      <CompareForm tracks={tracks} />
    </>
  );
}
