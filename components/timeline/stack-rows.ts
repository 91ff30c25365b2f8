export interface HorizontalSpan {
  id: number;
  /** Pixels; the space the item takes, label included. */
  left: number;
  right: number;
}

export interface StackedRows {
  /** Sub-row of each placed item, from 0. */
  rowOf: Map<number, number>;
  rowCount: number;
  /** Items that did not fit in maxRows; the lane says how many, and the list still has them. */
  hidden: number[];
}

/**
 * First-fit stacking: each item, in order of its left edge, goes to the first sub-row where it does
 * not touch the previous item (with `gap` pixels between).
 */
export function stackRows(spans: HorizontalSpan[], { gap = 8, maxRows = Infinity }: { gap?: number; maxRows?: number } = {}): StackedRows {
  const sorted = [...spans].sort((a, b) => a.left - b.left || a.right - b.right || a.id - b.id);
  const rowEnds: number[] = [];
  const rowOf = new Map<number, number>();
  const hidden: number[] = [];
  for (const span of sorted) {
    let row = rowEnds.findIndex((end) => end + gap <= span.left);
    if (row === -1) {
      if (rowEnds.length >= maxRows) {
        hidden.push(span.id);
        continue;
      }
      row = rowEnds.length;
      rowEnds.push(span.right);
    } else rowEnds[row] = span.right;
    rowOf.set(span.id, row);
  }
  return { rowOf, rowCount: rowEnds.length, hidden };
}
