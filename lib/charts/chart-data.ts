/** Data the generic charts take as props: plain, serialisable, with drill-down links already built. */

export interface ChartUnit {
  one: string;
  other: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
}

export interface StackedBarDatum {
  key: string;
  /** Short axis label ("Jun 2025") and the long one for tooltips and screen readers ("June 2025"). */
  label: string;
  longLabel: string;
  total: number;
  values: Record<string, number>;
  href: string | null;
  segmentHrefs: Record<string, string | null>;
}

export interface BarDatum {
  key: string;
  label: string;
  value: number;
  href: string | null;
  /** Second line of the tooltip, such as an actor's kind. */
  detail?: string;
  /** Drawn in the muted colour, for bars a drill-down cannot open. */
  muted?: boolean;
}

export function formatCount(value: number, unit: ChartUnit): string {
  return `${value.toLocaleString("en-GB")} ${value === 1 ? unit.one : unit.other}`;
}

export interface TableCell {
  text: string;
  href?: string | null;
  /** Accessible name for a linked cell when its text alone (a bare number) would not say what it opens. */
  label?: string;
}

/** A chart's numbers as rows and columns: its text alternative, and what a CSV export writes. */
export interface ChartTable {
  columns: { label: string; numeric?: boolean }[];
  rows: { key: string; cells: TableCell[] }[];
}

export const EVENT_UNIT: ChartUnit = { one: "event", other: "events" };
