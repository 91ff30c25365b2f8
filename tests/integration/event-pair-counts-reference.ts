/**
 * An independent reference for event_pair_counts (both migrations' rows): the rows it must hold, computed here from events and link rows
 * with JavaScript date arithmetic, so that neither the triggers nor the rebuild SQL check themselves.
 */
import { countPeriod, edgePeriod, LINK_QUERIES, sortRows, type CountRows, type RawQuery } from "./event-counts-reference";

/** "dim|member|dim2|grain|member2|period|status" → "n1,n2,n3,n4,n5", only rows with something in them, sorted. */
export async function expectedPairCounts(query: RawQuery): Promise<CountRows> {
  const events = await query("SELECT id, earliest, latest, status, importance FROM events WHERE deleted_at IS NULL");
  const links = new Map<number, [string, string][]>();
  for (const [dim, sql] of Object.entries(LINK_QUERIES)) {
    for (const row of await query(sql)) {
      const id = Number(row.event_id);
      links.set(id, [...(links.get(id) ?? []), [dim, String(row.member)]]);
    }
  }
  const counts = new Map<string, number[]>();
  const add = (key: string, importance: number) => {
    const row = counts.get(key) ?? [0, 0, 0, 0, 0];
    row[importance - 1]! += 1;
    counts.set(key, row);
  };
  for (const event of events) {
    const own = links.get(Number(event.id)) ?? [];
    const importance = Number(event.importance);
    const topics = own.filter(([dim]) => dim === "topic").map(([, member]) => Number(member)).sort((a, b) => a - b);
    const topicMembers: [string, string][] = topics.length
      ? [...topics.map((id): [string, string] => ["topic", String(id)]), ["topicset", `,${topics.join(",")},`]]
      : [["topic", "_none"]];
    if (Number(event.latest) >= 8.64e15) topicMembers.push(["end", "ongoing"]);
    const topicIds = topics.length ? topics.map(String) : ["_none"];
    // Start rows (grains 1, 2) of every topic member; end rows (4, 5: the last day's month and year) of topics only.
    const addTopicEdges = (dim: string, member: string, startMembers: [string, string][]) => {
      for (const grain of [1, 2]) {
        const period = countPeriod(Number(event.earliest), grain);
        for (const [dim2, member2] of startMembers) add(`${dim}|${member}|${dim2}|${grain}|${member2}|${period}|${event.status}`, importance);
        const endPeriod = edgePeriod(1, Number(event.latest), grain);
        for (const member2 of topicIds) add(`${dim}|${member}|topic|${grain + 3}|${member2}|${endPeriod}|${event.status}`, importance);
      }
    };
    const topicOnly = topicIds.map((id): [string, string] => ["topic", id]);
    for (const [dim, member] of own) {
      for (const [dim2, member2] of own) add(`${dim}|${member}|${dim2}|3|${member2}|0|${event.status}`, importance);
      addTopicEdges(dim, member, topicMembers);
      // Each link also counts once for its dim's '_links' entity.
      addTopicEdges(dim, "_links", topicOnly);
    }
    // "No actor" and "no country" are entities too, paired with topics only.
    for (const dim of ["actor", "country"]) {
      if (!own.some(([linked]) => linked === dim)) addTopicEdges(dim, "_none", topicOnly);
    }
  }
  return sortRows(counts);
}

export async function storedPairCounts(query: RawQuery): Promise<CountRows> {
  const rows = await query(
    "SELECT dim, member, dim2, grain, member2, period, status, n1, n2, n3, n4, n5 FROM event_pair_counts WHERE n1 <> 0 OR n2 <> 0 OR n3 <> 0 OR n4 <> 0 OR n5 <> 0",
  );
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.dim}|${row.member}|${row.dim2}|${Number(row.grain)}|${row.member2}|${Number(row.period)}|${row.status}`;
    counts.set(key, [row.n1, row.n2, row.n3, row.n4, row.n5].map(Number));
  }
  return sortRows(counts);
}
