"use client";

import { useRef } from "react";
import { chooseTicks } from "@/components/timeline/choose-ticks";
import { DensityTable } from "@/components/timeline/density-table";
import { layOutLanes } from "@/components/timeline/lay-out-lanes";
import { buildPlotDensity } from "@/components/timeline/plot-density";
import { TimelinePlot } from "@/components/timeline/timeline-plot";
import type { TimelineWindow } from "@/lib/timeline/window-math";
import type { CompareTrack } from "./load-compare-view";
import styles from "./compare-plot.module.css";
import { useElementWidth } from "@/components/timeline/use-element-width";


/** The tracks as lanes on one time axis; each track is drawn as items or, where dense, as density. */
export function ComparePlot({ tracks, view, today }: { tracks: CompareTrack[]; view: TimelineWindow; today: number }) {
  const axisRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(axisRef);
  const span = view.end - view.start;
  const x = (ms: number) => ((ms - view.start) / span) * width;
  const { ticks } = chooseTicks(view, width);
  const dense = tracks.some((track) => track.result.dense);
  const lanes = tracks.flatMap((track) => layOutLanes(track.result.lanes, track.result.items, view, width, today, true));
  const merged = { dense, buckets: tracks.flatMap((track) => (track.result.dense ? track.result.buckets : [])) };
  const grid = tracks.find((track) => track.result.bucketStep !== null)?.result ?? null;
  const todayX = today >= view.start && today <= view.end ? x(today) : null;
  return (
    <>
      <div className={styles.plot} role="group" aria-label="Compared tracks on one time axis">
        <TimelinePlot lanes={lanes} ticks={ticks} width={width} todayX={todayX} x={x} axisRef={axisRef} density={buildPlotDensity(merged, view)} empty={<p>No events in this period.</p>} />
      </div>
      {dense && grid?.bucketStep && <DensityTable buckets={merged.buckets} lanes={tracks.map((t) => t.result.lanes[0]!)} view={view} step={grid.bucketStep} bounds={grid.bucketBounds} />}
    </>
  );
}
