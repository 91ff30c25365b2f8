"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { ChartSeries, ChartUnit, StackedBarDatum } from "@/lib/charts/chart-data";
import { formatCount } from "@/lib/charts/chart-data";
import { ChartTooltip } from "./chart-tooltip";
import { AxisLinkTick } from "./axis-link-tick";
import styles from "./charts.module.css";

interface StackedBarChartProps {
  data: StackedBarDatum[];
  series: ChartSeries[];
  unit: ChartUnit;
  /** Note after the total in the tooltip, such as why the stacks add up to more. */
  totalNote?: string;
  height?: number;
}

const TOTAL_LABELS_UP_TO = 24;
const ALL_TICKS_UP_TO = 6;

/**
 * Vertical bars stacked by series. Each segment and each axis label is a link (the axis labels are
 * in the tab order, the segments only for the mouse, so a keyboard does not stop on every slice).
 */
export function StackedBarChart({ data, series, unit, totalNote, height = 320 }: StackedBarChartProps) {
  const byKey = new Map(data.map((datum) => [datum.key, datum]));
  const last = series.at(-1)?.key;
  return (
    <div className={styles.chart} style={{ height }}>
      <BarChart responsive data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 20, right: 8, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="#e3e6eb" />
        <XAxis
          dataKey="key"
          tickLine={false}
          interval={data.length <= ALL_TICKS_UP_TO ? 0 : "preserveStartEnd"}
          minTickGap={4}
          tick={(props) => {
            const datum = byKey.get(String(props.payload.value));
            return (
              <AxisLinkTick
                {...props}
                label={datum?.label ?? String(props.payload.value)}
                href={datum?.href ?? null}
                countText={datum ? `: ${formatCount(datum.total, unit)}` : undefined}
                anchor="middle"
              />
            );
          }}
        />
        <YAxis allowDecimals={false} width={36} tick={{ fill: "#55606e" }} tickLine={false} axisLine={false} />
        <Tooltip
          cursor={{ fill: "rgba(31, 95, 191, 0.08)" }}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as StackedBarDatum | undefined;
            if (!active || !datum) return null;
            return (
              <ChartTooltip
                title={datum.longLabel}
                total={datum.total}
                totalNote={totalNote}
                unit={unit}
                rows={series.map((s) => ({ series: s, value: datum.values[s.key] ?? 0 }))}
              />
            );
          }}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={(datum: StackedBarDatum) => datum.values[s.key] ?? 0}
            name={s.label}
            stackId="stack"
            fill={s.colour}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => {
              const datum = props.payload as StackedBarDatum;
              const value = datum.values[s.key] ?? 0;
              return (
                <SegmentShape
                  {...props}
                  colour={s.colour}
                  link={datum.segmentHrefs[s.key] ?? null}
                  linkLabel={`${s.label}, ${datum.longLabel}: ${formatCount(value, unit)}`}
                />
              );
            }}
          >
            {s.key === last && data.filter((d) => d.total > 0).length <= TOTAL_LABELS_UP_TO && (
              <LabelList
                position="top"
                valueAccessor={(entry) => {
                  const datum = (entry as { payload?: StackedBarDatum }).payload;
                  return datum && datum.total > 0 ? datum.total : "";
                }}
                className={styles.valueLabel}
              />
            )}
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}

function SegmentShape({ x, y, width, height, colour, link, linkLabel }: BarShapeProps & { colour: string; link: string | null; linkLabel: string }) {
  if (!height || height <= 0) return null;
  const rect = <rect x={x} y={y} width={width} height={height} fill={colour} stroke="#ffffff" strokeWidth={1} />;
  if (!link) return rect;
  return (
    <a href={link} tabIndex={-1} aria-label={linkLabel} className={styles.barLink}>
      <title>{linkLabel}</title>
      {rect}
    </a>
  );
}
