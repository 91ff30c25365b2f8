import type { Viewer } from "@/lib/domain/viewer";
import { filterPeriod } from "@/lib/filters/event-filter";
import { DATE_MIN } from "@/lib/dates/event-date";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { readableStatus } from "../visibility";
import { namedFacets } from "../sql/facet-sql";
import type { Window } from "../sql/event-where";
import type { EventMatrix } from "./event-matrix";

/** The slots of the events a filter matches, ascending. */
export type MatchedSlots = Int32Array;

/**
 * The events `filter` matches for `viewer`, by the rules of eventWhereSql (lib/queries/sql/event-where.ts), which
 * the count-planner test holds it to: live events the viewer may read, the period by overlap or by start, the least
 * importance, any of each facet's values, and (as `searchIds`, read from the search index) the text; within a
 * timeline `window` if given.
 */
export function matchSlots(matrix: EventMatrix, filter: ResolvedEventFilter, viewer: Viewer, searchIds: ArrayLike<number> | null, window?: Window): MatchedSlots {
  const size = matrix.size;
  const masks: Uint8Array[] = [];
  for (const { facet, stored } of namedFacets(filter)) masks.push(facetMask(matrix, facet.name, stored.map(String)));
  if (searchIds) masks.push(idMask(matrix, searchIds));

  const status = readableStatus(viewer, filter.status);
  const wantPublished = status === "any" ? -1 : status === "published" ? 1 : 0;
  const period = filterPeriod(filter);
  const byStart = filter.match === "start";
  const startFrom = byStart ? (period.start ?? (period.end === null ? DATE_MIN : -Infinity)) : -Infinity;
  // By start with no period: a known start only (earliest > DATE_MIN), as eventWhereSql says.
  const startAbove = byStart && period.start === null && period.end === null;
  const startBefore = byStart ? (period.end ?? Infinity) : Infinity;
  // A timeline window narrows the overlap, whatever the period's match.
  const overlapStart = Math.max(byStart ? -Infinity : (period.start ?? -Infinity), window?.start ?? -Infinity);
  const overlapEnd = Math.min(byStart ? Infinity : (period.end ?? Infinity), window?.end ?? Infinity);
  const minImportance = filter.minImportance ?? 0;

  const { live, published, earliest, latest, importance } = matrix;
  const out = new Int32Array(size);
  let count = 0;
  outer: for (let slot = 0; slot < size; slot++) {
    if (!live[slot]) continue;
    if (wantPublished >= 0 && published[slot] !== wantPublished) continue;
    const first = earliest[slot]!;
    if (startAbove ? first <= startFrom : first < startFrom) continue;
    if (first >= startBefore || first >= overlapEnd) continue;
    if (latest[slot]! <= overlapStart) continue;
    if (importance[slot]! < minImportance) continue;
    for (const mask of masks) if (!mask[slot]) continue outer;
    out[count++] = slot;
  }
  return out.subarray(0, count);
}

/** Slots holding any of `values` of a facet: the load's member lists, corrected for events changed since. */
function facetMask(matrix: EventMatrix, facet: Parameters<EventMatrix["forEachMember"]>[0], values: string[]): Uint8Array {
  const column = matrix.facets[facet];
  const mask = new Uint8Array(matrix.size);
  const wanted = new Set<number>();
  for (const value of values) {
    const ordinal = column.dictionary.ordinalOf(value);
    if (ordinal === undefined) continue;
    wanted.add(ordinal);
    const posting = column.postings[ordinal];
    if (posting) for (const slot of posting) if (!matrix.isPatched[slot]) mask[slot] = 1;
  }
  for (const [slot, members] of column.patched) {
    mask[slot] = 0;
    for (const ordinal of members) if (wanted.has(ordinal)) mask[slot] = 1;
  }
  return mask;
}

function idMask(matrix: EventMatrix, ids: ArrayLike<number>): Uint8Array {
  const mask = new Uint8Array(matrix.size);
  for (let k = 0; k < ids.length; k++) {
    const slot = matrix.slotOf(ids[k]!);
    if (slot >= 0) mask[slot] = 1;
  }
  return mask;
}
