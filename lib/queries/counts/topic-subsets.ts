/**
 * Every non-empty set of the given topic ids, written as event_counts "topicset" members: ids in
 * numeric order between commas (",3,17,40,"). Eight top topics make 255 sets.
 */
export function topicSubsetMembers(ids: number[]): string[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const members: string[] = [];
  for (let mask = 1; mask < 1 << sorted.length; mask++) {
    members.push(`,${sorted.filter((_, index) => mask & (1 << index)).join(",")},`);
  }
  return members;
}
