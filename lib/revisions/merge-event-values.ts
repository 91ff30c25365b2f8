import type { EventInput, SourceInput } from "@/lib/schemas/event-input";

/**
 * A three-way merge of an event's values for an editor whose save came after someone else's: `base` is what both
 * started from (the revision at the version the form loaded), `mine` what this editor sends, `theirs` the event now.
 * A field only one side changed takes that side; topics, actors, countries and relations merge item by item (each
 * side's additions and removals both apply); sources merge by address, and conflict when both changed the same one;
 * any other field both changed differently is a conflict for the editor to settle.
 */
export const SCALAR_FIELDS = ["title", "slug", "summary", "body", "start", "end", "approximate", "timeZone", "dateLabel", "importance", "status", "parentId"] as const;
export const SET_FIELDS = ["topicIds", "actorIds", "countryCodes", "relations"] as const;
export type MergeField = (typeof SCALAR_FIELDS)[number] | (typeof SET_FIELDS)[number] | "sources";

export interface MergeOutcome {
  /** Mine, with theirs where only they changed; a conflicting field holds theirs until the editor chooses. */
  merged: EventInput;
  /** Fields both sides changed differently. */
  conflicts: MergeField[];
  /** Fields whose value came (wholly or partly) from theirs: what the editor's save now includes of the other's work. */
  fromTheirs: MergeField[];
}

const canonical = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
const sameSet = (a: readonly unknown[], b: readonly unknown[]) => same([...a.map(canonical)].sort(), [...b.map(canonical)].sort());

/** Theirs, plus what mine added, minus what mine removed; theirs' order first. */
function mergeSet<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const baseKeys = new Set(base.map(canonical));
  const mineKeys = new Set(mine.map(canonical));
  const removedByMine = new Set([...baseKeys].filter((key) => !mineKeys.has(key)));
  const result = theirs.filter((item) => !removedByMine.has(canonical(item)));
  const have = new Set(result.map(canonical));
  for (const item of mine) if (!baseKeys.has(canonical(item)) && !have.has(canonical(item))) result.push(item);
  return result;
}

const sourceKey = (source: SourceInput) => (source.url ? `url:${source.url}` : `text:${source.publisher}|${source.title}`);

/** Sources by address: null when both sides changed or removed-and-changed the same source. */
function mergeSources(base: readonly SourceInput[], mine: readonly SourceInput[], theirs: readonly SourceInput[]): SourceInput[] | null {
  const byKey = (list: readonly SourceInput[]) => new Map(list.map((source) => [sourceKey(source), source]));
  const [b, m, t] = [byKey(base), byKey(mine), byKey(theirs)];
  const result: SourceInput[] = [];
  const keys = [...new Set([...t.keys(), ...m.keys()])];
  for (const key of keys) {
    const [bs, ms, ts] = [b.get(key), m.get(key), t.get(key)];
    if (ms && ts) {
      if (same(ms, ts) || (bs && same(ms, bs))) result.push(ts);
      else if (bs && same(ts, bs)) result.push(ms);
      else return null;
    } else if (ms) {
      if (!bs) result.push(ms); // mine added it
      else if (!same(ms, bs)) return null; // they removed what mine changed
    } else if (ts) {
      if (!bs) result.push(ts); // they added it
      else if (!same(ts, bs)) return null; // mine removed what they changed
    }
  }
  return result;
}

/** `base` null: the version the form loaded has no revision (older than history); every difference is then a conflict. */
export function mergeEventValues(base: EventInput | null, mine: EventInput, theirs: EventInput): MergeOutcome {
  const merged: EventInput = { ...mine };
  const set = merged as unknown as Record<MergeField, unknown>;
  const conflicts: MergeField[] = [];
  const fromTheirs: MergeField[] = [];
  const settle = (field: MergeField, equal: (a: never, b: never) => boolean, combine?: () => unknown) => {
    const [m, t] = [mine[field], theirs[field]] as [never, never];
    if (equal(m, t)) return;
    if (base && equal(m, base[field] as never)) {
      set[field] = t;
      fromTheirs.push(field);
      return;
    }
    if (base && equal(t, base[field] as never)) return;
    const combined = base && combine ? combine() : null;
    if (combined !== null) {
      set[field] = combined;
      fromTheirs.push(field);
      return;
    }
    set[field] = t;
    conflicts.push(field);
  };
  for (const field of SCALAR_FIELDS) settle(field, same);
  for (const field of SET_FIELDS) settle(field, sameSet as never, () => mergeSet(base![field] as unknown[], mine[field] as unknown[], theirs[field] as unknown[]));
  settle("sources", sameSet as never, () => mergeSources(base!.sources, mine.sources, theirs.sources));
  return { merged, conflicts, fromTheirs };
}
