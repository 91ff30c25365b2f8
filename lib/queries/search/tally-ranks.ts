/** The matches of a search holding one rank: `ids` ascending. */
export interface RankBucket {
  rank: number;
  ids: number[];
}

/** The ids of the events holding one term in one field, as a text of comma-separated ids (null: none), and the field's weight. */
export interface WeightedIdList {
  ids: string | null;
  weight: number;
}

/**
 * The matches grouped by rank, best first: each event's rank is the sum of the weights of the lists
 * naming it. Lists come from the database as one text each (group_concat, string_agg) and are read by
 * a hand scan into a typed array indexed by id: splitting millions of ids into arrays of numbers cost
 * far more (BENCHMARKS.md, “Figures: search”).
 */
export function tallyRanks(lists: readonly WeightedIdList[]): RankBucket[] {
  let top = 0;
  for (const list of lists) visitIds(list.ids, (id) => (top = id > top ? id : top));
  const ranks = new Uint16Array(top + 1);
  for (const list of lists) visitIds(list.ids, (id) => (ranks[id] = ranks[id]! + list.weight));
  const buckets = new Map<number, number[]>();
  for (let id = 1; id <= top; id++) {
    const rank = ranks[id]!;
    if (rank === 0) continue;
    const bucket = buckets.get(rank);
    if (bucket) bucket.push(id);
    else buckets.set(rank, [id]);
  }
  return [...buckets].sort(([a], [b]) => b - a).map(([rank, ids]) => ({ rank, ids }));
}

/** Calls `visit` with each id of a comma-separated text of positive integers. */
export function visitIds(text: string | null, visit: (id: number) => void): void {
  if (!text) return;
  let id = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      visit(id);
      id = 0;
    } else id = id * 10 + (c - ZERO);
  }
  visit(id);
}

const COMMA = 44;
const ZERO = 48;
