import type { TrackParam } from "@/lib/compare/compare-params";
import type { ParamError } from "@/lib/filters/event-filter";
import { loadEventFilter } from "./load-event-filter";
import type { ResolvedEventFilter } from "./resolve-event-filter";

/**
 * Each compare track's filter through the shared loader. A track's problems carry the track's name as
 * their parameter and its label in the message ("Malaysia–China: Unknown topic: trade."); the filters
 * leave out only what is in error, as loadEventFilter's fallback does.
 */
export async function loadTrackFilters(tracks: TrackParam[]): Promise<{ filters: ResolvedEventFilter[]; errors: ParamError[] }> {
  const loaded = await Promise.all(tracks.map((track) => loadEventFilter(new URLSearchParams(track.query))));
  const errors = loaded.flatMap((result, index) => {
    const track = tracks[index]!;
    return result.ok ? [] : result.errors.map((error) => ({ param: track.name, message: `${track.label}: ${error.message}` }));
  });
  return { filters: loaded.map((result) => (result.ok ? result.filter : result.fallback)), errors };
}
