/**
 * An independent reference for event_counts: the rows it must hold, computed here from events and link rows
 * with JavaScript date arithmetic, so that neither the triggers nor the rebuild SQL check themselves.
 */
export type RawQuery = (sql: string) => Promise<Record<string, unknown>[]>;

const DATE_MIN = -8.64e15;
const DATE_MAX = 8.64e15;
const MS_PER_DAY = 86_400_000;

/** The period of a bound at a grain (0 day, 1 month, 2 year, 3 all time), as the migration specifies it. */
export function countPeriod(ms: number, grain: number): number {
  if (grain === 3) return 0;
  if (ms <= DATE_MIN) return -100_000_000;
  if (ms >= DATE_MAX) return 100_000_000;
  if (grain === 0) return Math.floor(ms / MS_PER_DAY);
  const date = new Date(ms);
  return grain === 1 ? date.getUTCFullYear() * 12 + date.getUTCMonth() : date.getUTCFullYear();
}

/** The period an event counts in at an edge: 0 at earliest, 1 at its last day, 1 ms before the exclusive latest. */
export function edgePeriod(edge: 0 | 1, ms: number, grain: number): number {
  const at = edge === 1 && ms > DATE_MIN && ms < DATE_MAX ? ms - 1 : ms;
  return countPeriod(at, grain);
}

/** Each link table's rows as (event_id, member), by dim. */
export const LINK_QUERIES = {
  topic: "SELECT event_id, topic_id AS member FROM event_topics",
  actor: "SELECT event_id, actor_id AS member FROM event_actors",
  country: "SELECT event_id, country_code AS member FROM event_countries",
} as const;

/** "edge|grain|period|dim|member|status" → "n1,n2,n3,n4,n5", only rows with something in them, sorted. */
export type CountRows = Record<string, string>;

export async function expectedEventCounts(query: RawQuery): Promise<CountRows> {
  const events = await query("SELECT id, earliest, latest, status, importance FROM events WHERE deleted_at IS NULL");
  const links = new Map<string, Map<number, string[]>>();
  for (const [dim, sql] of Object.entries(LINK_QUERIES)) {
    const byEvent = new Map<number, string[]>();
    for (const row of await query(sql)) {
      const id = Number(row.event_id);
      byEvent.set(id, [...(byEvent.get(id) ?? []), String(row.member)]);
    }
    links.set(dim, byEvent);
  }
  const counts = new Map<string, number[]>();
  const add = (key: string, importance: number) => {
    const row = counts.get(key) ?? [0, 0, 0, 0, 0];
    row[importance - 1]! += 1;
    counts.set(key, row);
  };
  for (const event of events) {
    const id = Number(event.id);
    const importance = Number(event.importance);
    const members: [string, string][] = [["all", ""]];
    for (const [dim, byEvent] of links) {
      const own = byEvent.get(id) ?? [];
      if (own.length === 0) members.push([dim, "_none"]);
      for (const member of own) members.push([dim, member], [dim, "_links"]);
    }
    const topics = (links.get("topic")!.get(id) ?? []).map(Number).sort((a, b) => a - b);
    if (topics.length > 0) members.push(["topicset", `,${topics.join(",")},`]);
    for (const [edge, ms] of [[0, Number(event.earliest)], [1, Number(event.latest)]] as const) {
      for (const grain of [0, 1, 2, 3]) {
        for (const [dim, member] of members) {
          // Actors have no day rows.
          if (grain === 0 && dim === "actor") continue;
          add(`${edge}|${grain}|${edgePeriod(edge, ms, grain)}|${dim}|${member}|${event.status}`, importance);
        }
      }
    }
  }
  return sortRows(counts);
}

export async function storedEventCounts(query: RawQuery): Promise<CountRows> {
  const rows = await query(
    "SELECT edge, grain, period, dim, member, status, n1, n2, n3, n4, n5 FROM event_counts WHERE n1 <> 0 OR n2 <> 0 OR n3 <> 0 OR n4 <> 0 OR n5 <> 0",
  );
  const counts = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${Number(row.edge)}|${Number(row.grain)}|${Number(row.period)}|${row.dim}|${row.member}|${row.status}`;
    counts.set(key, [row.n1, row.n2, row.n3, row.n4, row.n5].map(Number));
  }
  return sortRows(counts);
}

/** Rows as "key → n1,…,n5", sorted by key, so two tables compare as plain objects. */
export function sortRows(counts: Map<string, number[]>): CountRows {
  return Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, n]) => [key, n.join(",")]));
}
