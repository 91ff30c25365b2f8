import { compareBucketKeys } from "./bucket-keys";

/**
 * Puts rows on a continuous axis: every key in `keys` gets its row, or an empty one, so months without
 * events show as gaps instead of disappearing. Rows whose key is not in `keys` are kept, in time order,
 * so nothing counted is ever dropped.
 */
export function fillEmptyBuckets<T extends { key: string }>(keys: readonly string[], rows: readonly T[], makeEmpty: (key: string) => T): T[] {
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const filled = keys.map((key) => byKey.get(key) ?? makeEmpty(key));
  const known = new Set(keys);
  const strays = rows.filter((row) => !known.has(row.key));
  if (strays.length === 0) return filled;
  return [...filled, ...strays].sort((a, b) => compareBucketKeys(a.key, b.key));
}
