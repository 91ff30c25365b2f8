/** Deterministic randomness for synthetic data: the same seed always gives the same database. */

export type Random = () => number;

/** mulberry32: tiny, fast and good enough for test data. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Standard normal by Box–Muller. */
export function gaussian(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Picks from weighted options given as [value, weight] pairs. */
export function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  const total = options.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of options) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return options[options.length - 1]![0];
}

/**
 * Picks an index with probability proportional to its weight, by one draw: the first index whose running sum
 * reaches the draw. A guide table (where each of n equal slices of the draws starts) makes that a step or two.
 */
export function createWeightedIndex(weights: ArrayLike<number>): (random: Random) => number {
  const n = weights.length;
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += weights[k]!;
    cumulative[k] = sum;
  }
  const guide = new Uint32Array(n);
  for (let slice = 0, k = 0; slice < n; slice++) {
    while (k < n - 1 && cumulative[k]! < (slice / n) * sum) k++;
    guide[slice] = k;
  }
  return (random) => {
    const draw = random();
    const target = draw * sum;
    let k = guide[Math.floor(draw * n)]!;
    while (k > 0 && cumulative[k - 1]! >= target) k--; // only if rounding put the draw in the slice above
    while (k < n - 1 && cumulative[k]! < target) k++;
    return k;
  };
}

/** Zipf-distributed ranks 0..n-1: rank k is chosen with weight 1/(k+1)^exponent. */
export function createZipf(n: number, exponent = 1.07): (random: Random) => number {
  return createWeightedIndex(Float64Array.from({ length: n }, (_, k) => 1 / Math.pow(k + 1, exponent)));
}

/** k distinct Zipf ranks. */
export function distinctZipf(random: Random, zipf: (random: Random) => number, k: number, n: number): number[] {
  const chosen = new Set<number>();
  for (let attempts = 0; chosen.size < Math.min(k, n) && attempts < k * 10; attempts++) chosen.add(zipf(random));
  return [...chosen];
}
