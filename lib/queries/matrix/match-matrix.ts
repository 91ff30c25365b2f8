import type { Viewer } from "@/lib/domain/viewer";
import type { FacetName } from "@/lib/domain/facets";
import { filterPeriod } from "@/lib/filters/event-filter";
import { DATE_MIN } from "@/lib/dates/event-date";
import { STATUS_CODES } from "@/lib/domain/event-vocabulary";
import type { ResolvedEventFilter } from "../resolve-event-filter";
import { readableStatus } from "../visibility";
import { namedFacets } from "../sql/facet-sql";
import type { Window } from "../sql/event-where";
import type { EventMatrix } from "./event-matrix";

/** The slots of the events a filter matches, ascending. */
export type MatchedSlots = Int32Array;

/** Below this share of all events, a list of candidates is walked instead of every slot. */
const CANDIDATE_SHARE = 0.25;

/** One condition on a set of events: how many it may hold at most, its slots, and a test of one slot. */
interface SetCondition {
  size: number;
  /** Its slots, ascending. */
  slots(): Int32Array;
  /** Sets mask[slot] for each of its slots. */
  mark(mask: Uint8Array): void;
  has(slot: number): boolean;
}

/** Any of `values` of a facet: the load's member lists, corrected for events changed since. */
function facetCondition(matrix: EventMatrix, facet: FacetName, values: string[]): SetCondition {
  const column = matrix.facets[facet];
  const wanted = new Uint8Array(column.dictionary.size + 1);
  const ordinals: number[] = [];
  for (const value of values) {
    const ordinal = column.dictionary.ordinalOf(value);
    if (ordinal === undefined) continue;
    wanted[ordinal] = 1;
    ordinals.push(ordinal);
  }
  const postings = ordinals.map((ordinal) => column.postings[ordinal] ?? new Int32Array(0));
  return {
    size: postings.reduce((sum, list) => sum + list.length, 0) + column.patched.size,
    slots() {
      // One member's list, with no event changed since the load, is already the answer.
      if (postings.length === 1 && column.patched.size === 0) return postings[0]!;
      const out: number[] = [];
      for (const list of postings) for (const slot of list) if (!matrix.isPatched[slot]) out.push(slot);
      for (const [slot, members] of column.patched) if (members.some((ordinal) => wanted[ordinal])) out.push(slot);
      return sortedUnique(out);
    },
    mark(mask) {
      for (const list of postings) for (const slot of list) if (!matrix.isPatched[slot]) mask[slot] = 1;
      for (const [slot, members] of column.patched) if (members.some((ordinal) => wanted[ordinal])) mask[slot] = 1;
    },
    has(slot) {
      if (matrix.isPatched[slot]) return column.patched.get(slot)!.some((ordinal) => wanted[ordinal]);
      for (let k = column.offsets[slot]!, end = column.offsets[slot + 1]!; k < end; k++) if (wanted[column.members[k]!]) return true;
      return false;
    },
  };
}

/** The events whose ids are listed (a text search's matches). */
function idCondition(matrix: EventMatrix, ids: ArrayLike<number>): SetCondition {
  const slots = new Int32Array(ids.length);
  let count = 0;
  for (let k = 0; k < ids.length; k++) {
    const slot = matrix.slotOf(ids[k]!);
    if (slot >= 0) slots[count++] = slot;
  }
  const listed = slots.subarray(0, count);
  let sorted: Int32Array | null = null;
  let mask: Uint8Array | null = null;
  const mark = (target: Uint8Array) => {
    for (let k = 0; k < listed.length; k++) target[listed[k]!] = 1;
  };
  return {
    size: count,
    // The search index lists ids in order on SQLite, and slots follow ids: sorting is then a check.
    slots: () => (sorted ??= isAscending(listed) ? listed : listed.sort()),
    mark,
    has(slot) {
      if (!mask) mark((mask = new Uint8Array(matrix.size)));
      return mask[slot] === 1;
    },
  };
}

function isAscending(slots: Int32Array): boolean {
  for (let k = 1; k < slots.length; k++) if (slots[k]! < slots[k - 1]!) return false;
  return true;
}

function sortedUnique(slots: number[]): Int32Array {
  const sorted = Int32Array.from(slots).sort();
  let count = 0;
  for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) sorted[count++] = sorted[k]!;
  return sorted.subarray(0, count);
}

/**
 * The events `filter` matches for `viewer`, by the rules of eventWhereSql (lib/queries/sql/event-where.ts), which
 * the count-planner test holds it to: live events the viewer may read, the period by overlap or by start, the least
 * importance, any of each facet's values, and (as `searchIds`, read from the search index) the text; within a
 * timeline `window` if given. A facet or search holding few events is walked instead of every slot, and the other
 * conditions tested on its events only.
 */
export function matchSlots(matrix: EventMatrix, filter: ResolvedEventFilter, viewer: Viewer, searchIds: ArrayLike<number> | null, window?: Window): MatchedSlots {
  return matchSlotsUpTo(matrix, filter, viewer, searchIds, window, Number.POSITIVE_INFINITY)!;
}

/** matchSlots, stopped as soon as more than `atMost` events match (null then): to learn cheaply whether a filter is narrow. */
export function matchSlotsUpTo(matrix: EventMatrix, filter: ResolvedEventFilter, viewer: Viewer, searchIds: ArrayLike<number> | null, window: Window | undefined, atMost: number): MatchedSlots | null {
  const conditions: SetCondition[] = namedFacets(filter).map(({ facet, stored }) => facetCondition(matrix, facet.name, stored.map(String)));
  if (searchIds) conditions.push(idCondition(matrix, searchIds));
  conditions.sort((a, b) => a.size - b.size);
  const driver = conditions[0] && conditions[0].size < matrix.size * CANDIDATE_SHARE ? conditions.shift()! : null;
  const candidates = driver ? driver.slots() : null;
  // Tests of the rest by mask when every slot is walked, slot by slot when only the candidates are.
  const tests = conditions.map((condition) => (candidates ? condition.has : maskOf(matrix, condition)));

  const status = readableStatus(viewer, filter.status);
  const wantStatus = status === "any" ? -1 : STATUS_CODES[status];
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

  const { live, status: statusOf, earliest, latest, importance } = matrix;
  const walked = candidates ? candidates.length : matrix.size;
  const out = new Int32Array(walked);
  let count = 0;
  outer: for (let k = 0; k < walked; k++) {
    const slot = candidates ? candidates[k]! : k;
    if (!live[slot]) continue;
    if (wantStatus >= 0 && statusOf[slot] !== wantStatus) continue;
    const first = earliest[slot]!;
    if (startAbove ? first <= startFrom : first < startFrom) continue;
    if (first >= startBefore || first >= overlapEnd) continue;
    if (latest[slot]! <= overlapStart) continue;
    if (importance[slot]! < minImportance) continue;
    for (const test of tests) if (!test(slot)) continue outer;
    if (count === atMost) return null;
    out[count++] = slot;
  }
  return out.subarray(0, count);
}

/** A condition as a test by mask: its slots marked once, then one read per slot. */
function maskOf(matrix: EventMatrix, condition: SetCondition): (slot: number) => boolean {
  const mask = new Uint8Array(matrix.size);
  condition.mark(mask);
  return (slot) => mask[slot] === 1;
}
