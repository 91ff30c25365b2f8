/** Index of the bucket [bounds[i], bounds[i+1]) holding ms; values outside the bounds go to the first or last bucket. */
export function locateBucket(bounds: number[], ms: number): number {
  const last = bounds.length - 2;
  if (last < 0 || ms < bounds[1]!) return 0;
  if (ms >= bounds[last]!) return last;
  let low = 1;
  let high = last;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (bounds[mid]! <= ms) low = mid;
    else high = mid - 1;
  }
  return low;
}
