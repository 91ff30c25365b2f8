/**
 * The order of every ranking the dashboard shows (topics, countries, actors): most events first, ties by name.
 * Sorted here rather than in SQL, where "ORDER BY name" follows each database's collation ("CBDC" before
 * "Capital" in SQLite's), so that a ranking counted from the count tables and one counted from the events agree.
 */
export function byCountThenName<T extends { count: number; name: string }>(a: T, b: T): number {
  return b.count - a.count || a.name.localeCompare(b.name);
}
