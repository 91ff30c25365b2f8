/** The reader's lane choice, kept in the URL as `lane_order=a,b` and `hidden=c,d`. */
export interface LaneChoice {
  /** Lane keys the reader put first, in their order. */
  order: string[];
  /** Lane keys the reader hid. */
  hidden: string[];
}

export const EMPTY_LANE_CHOICE: LaneChoice = { order: [], hidden: [] };
/** At most this many lanes are drawn; the rest are folded into "Other", so 2,000 actors do not make 2,000 lanes. */
export const MAX_SHOWN_LANES = 12;
export const OTHER_LANE_KEY = "_other";
const MAX_KEYS = 100;

/** Splits a comma-separated list of lane keys, dropping blanks and repeats. */
export function parseLaneKeys(text: string | undefined | null): string[] {
  if (!text) return [];
  const keys = text.split(",").map((key) => key.trim()).filter(Boolean);
  return [...new Set(keys)].slice(0, MAX_KEYS);
}

export function laneChoiceKey(choice: LaneChoice): string {
  return `${choice.order.join(",")}|${choice.hidden.join(",")}`;
}

interface CountedLane {
  key: string;
  count: number;
}

/**
 * The lanes to draw: the reader's ordered lanes first (those with events here), then the rest by
 * their given order (most populated first), without hidden ones, at most `max`.
 */
export function chooseShownLanes<T extends CountedLane>(lanes: T[], choice: LaneChoice, max = MAX_SHOWN_LANES): { shown: T[]; folded: T[] } {
  const hidden = new Set(choice.hidden);
  const rank = new Map(choice.order.map((key, index) => [key, index]));
  const visible = lanes.filter((lane) => !hidden.has(lane.key));
  const ordered = visible.filter((lane) => rank.has(lane.key)).sort((a, b) => rank.get(a.key)! - rank.get(b.key)!);
  const rest = visible.filter((lane) => !rank.has(lane.key));
  const all = [...ordered, ...rest];
  return { shown: all.slice(0, max), folded: all.slice(max) };
}

/** A new order after moving `key` one place up (-1) or down (+1) among the shown lanes. */
export function moveLane(shownKeys: string[], key: string, direction: -1 | 1): string[] {
  const keys = [...shownKeys];
  const index = keys.indexOf(key);
  const target = index + direction;
  if (index < 0 || target < 0 || target >= keys.length) return keys;
  [keys[index], keys[target]] = [keys[target]!, keys[index]!];
  return keys;
}

/** Hides a shown lane or shows a hidden one. */
export function toggleHidden(choice: LaneChoice, key: string): LaneChoice {
  const hidden = choice.hidden.includes(key) ? choice.hidden.filter((k) => k !== key) : [...choice.hidden, key];
  return { order: choice.order.filter((k) => !hidden.includes(k)), hidden };
}
