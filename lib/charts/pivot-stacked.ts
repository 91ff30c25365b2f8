export interface StackCell {
  bucket: string;
  series: string;
  value: number;
}

export interface StackedRow {
  key: string;
  values: Record<string, number>;
}

/**
 * Long rows (bucket, series, value) into one row per bucket with a value for every series, zero when
 * missing, in the order of `bucketKeys`: the shape a stacked bar chart draws.
 */
export function pivotToStackedRows(bucketKeys: readonly string[], seriesKeys: readonly string[], cells: readonly StackCell[]): StackedRow[] {
  const rows = new Map<string, StackedRow>(
    bucketKeys.map((key) => [key, { key, values: Object.fromEntries(seriesKeys.map((series) => [series, 0])) }]),
  );
  for (const cell of cells) {
    const row = rows.get(cell.bucket);
    if (!row || !(cell.series in row.values)) continue;
    row.values[cell.series]! += cell.value;
  }
  return [...rows.values()];
}
