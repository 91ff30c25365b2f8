import { parseCompareTracks } from "@/lib/compare/compare-params";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { loadTrackFilters } from "@/lib/queries/load-track-filters";
import { SAVED_VIEW_PAGES, type SavedViewPath } from "@/lib/schemas/saved-view";

/**
 * What the view's page would report when opened, beyond the syntax the schema checks: a topic, actor or
 * country that does not exist, in the page's filter or, on /compare, in a track's.
 */
export async function checkViewFilters(path: SavedViewPath, query: string): Promise<string[]> {
  const params = new URLSearchParams(query);
  if (path === "/compare") return (await loadTrackFilters(parseCompareTracks(params).value)).errors.map((e) => e.message);
  const loaded = await loadEventFilter(params, SAVED_VIEW_PAGES[path].keys);
  return loaded.ok ? [] : loaded.errors.map((e) => e.message);
}
