"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis, type BarShapeProps } from "recharts";
import type { BarDatum, ChartUnit } from "@/lib/charts/chart-data";
import { formatCount } from "@/lib/charts/chart-data";
import { ChartTooltip } from "./chart-tooltip";
import { AxisLinkTick } from "./axis-link-tick";
import styles from "./charts.module.css";

interface HorizontalBarChartProps {
  data: BarDatum[];
  colour: string;
  mutedColour: string;
  unit: ChartUnit;
  /** Width kept for the category labels on the left. */
  labelWidth?: number;
}

const ROW_HEIGHT = 34;

/** One bar per category, longest first as given; category labels are the keyboard drill-down links. */
export function HorizontalBarChart({ data, colour, mutedColour, unit, labelWidth = 150 }: HorizontalBarChartProps) {
  const byKey = new Map(data.map((datum) => [datum.key, datum]));
  const height = data.length * ROW_HEIGHT + 40;
  return (
    <div className={styles.chart} style={{ height }}>
      <BarChart responsive layout="vertical" data={data} style={{ width: "100%", height: "100%" }} margin={{ top: 4, right: 40, bottom: 4, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid horizontal={false} stroke="#e3e6eb" />
        <XAxis type="number" allowDecimals={false} tick={{ fill: "#55606e" }} tickLine={false} />
        <YAxis
          type="category"
          dataKey="key"
          width={labelWidth}
          tickLine={false}
          interval={0}
          tick={(props) => {
            const datum = byKey.get(String(props.payload.value));
            const full = datum?.label ?? String(props.payload.value);
            const label = truncate(full, labelWidth);
            return (
              <AxisLinkTick
                {...props}
                label={label}
                fullLabel={label === full ? undefined : full}
                href={datum?.href ?? null}
                countText={datum ? `: ${formatCount(datum.value, unit)}` : undefined}
                anchor="end"
              />
            );
          }}
        />
        <Tooltip
          cursor={{ fill: "rgba(31, 95, 191, 0.08)" }}
          content={({ active, payload }) => {
            const datum = payload?.[0]?.payload as BarDatum | undefined;
            if (!active || !datum) return null;
            return <ChartTooltip title={datum.detail ? `${datum.label} · ${datum.detail}` : datum.label} total={datum.value} unit={unit} rows={[]} />;
          }}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          maxBarSize={24}
          shape={(props: BarShapeProps) => {
            const datum = props.payload as BarDatum;
            const fill = datum.muted ? mutedColour : colour;
            const rect = <rect x={props.x} y={props.y} width={Math.max(props.width, 0)} height={props.height} fill={fill} />;
            if (!datum.href) return rect;
            const label = `${datum.label}: ${formatCount(datum.value, unit)}`;
            return (
              <a href={datum.href} tabIndex={-1} aria-label={label} className={styles.barLink}>
                <title>{label}</title>
                {rect}
              </a>
            );
          }}
        >
          <LabelList dataKey="value" position="right" className={styles.valueLabel} />
        </Bar>
      </BarChart>
    </div>
  );
}

/** Roughly 7 px per character at the axis font size; the full name stays in the tooltip and table. */
function truncate(label: string, width: number): string {
  const max = Math.floor((width - 10) / 7);
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}
