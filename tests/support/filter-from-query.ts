import { parseEventFilter } from "../../lib/filters/event-filter";
import { resolveEventFilter, type ResolvedEventFilter } from "../../lib/queries/resolve-event-filter";

/** The resolved filter a URL query names; throws on anything a page would report, so tests fail loudly. */
export async function filterFromQuery(query: string): Promise<ResolvedEventFilter> {
  const parsed = parseEventFilter(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const resolved = await resolveEventFilter(parsed.value);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
  return resolved.value;
}
