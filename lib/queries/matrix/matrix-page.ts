import type { EventMatrix } from "./event-matrix";
import type { MatrixMatch } from "./match-in-matrix";

/** The list orders the matrix can sort by: those of find-events.ts's ORDER_BY that read only its columns. */
export type MatrixOrder = "date" | "-date" | "importance" | "-importance";

type Compare = (a: number, b: number) => number;

/** The same orders as find-events.ts's ORDER_BY, each ending in the id, over slots. */
function comparator(matrix: EventMatrix, order: MatrixOrder): Compare {
  const { earliest, latest, importance, ids } = matrix;
  switch (order) {
    case "date":
      return (a, b) => earliest[a]! - earliest[b]! || latest[a]! - latest[b]! || ids[a]! - ids[b]!;
    case "-date":
      return (a, b) => earliest[b]! - earliest[a]! || latest[b]! - latest[a]! || ids[b]! - ids[a]!;
    case "importance":
      return (a, b) => importance[a]! - importance[b]! || earliest[a]! - earliest[b]! || ids[a]! - ids[b]!;
    case "-importance":
      return (a, b) => importance[b]! - importance[a]! || earliest[a]! - earliest[b]! || ids[a]! - ids[b]!;
  }
}

/** Deeper than this, a page is left to SQL: keeping the first `offset + count` in order would cost more than it saves. */
export const MATRIX_PAGE_DEPTH = 5_000;

/**
 * The first `keep` of `slots` in `compare`'s order that `accept` lets through, kept in a sorted array during one walk
 * (most are turned away by one comparison with the last kept).
 */
export function firstInOrder(slots: ArrayLike<number>, compare: Compare, keep: number, accept: (slot: number) => boolean = () => true): number[] {
  const best: number[] = [];
  if (keep <= 0) return best;
  for (let k = 0; k < slots.length; k++) {
    const slot = slots[k]!;
    if (!accept(slot) || (best.length === keep && compare(slot, best[keep - 1]!) >= 0)) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(best[mid]!, slot) <= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, slot);
    if (best.length > keep) best.pop();
  }
  return best;
}

/** The ids of the matches from `offset`, at most `count`, in `order`. */
export function matrixPageIds({ matrix, slots }: MatrixMatch, order: MatrixOrder, offset: number, count: number): number[] {
  return firstInOrder(slots, comparator(matrix, order), offset + count).slice(offset).map((slot) => matrix.ids[slot]!);
}
