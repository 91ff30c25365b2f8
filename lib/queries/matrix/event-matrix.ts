import { FACET_NAMES, type FacetName } from "@/lib/domain/facets";

/**
 * Every event as a few numbers, in typed arrays: the columns a filter tests and a count reads (bounds, importance,
 * status, facet members), one slot per event. Counting any combination of filters is then a pass over arrays in
 * memory (milliseconds at a million events) instead of joins the database must plan per shape. The database stays
 * the only truth: the matrix is loaded from it and follows its change log (matrix-source.ts), and anything it cannot
 * answer is counted in SQL (planCount).
 *
 * A facet's members are kept per event in compressed rows (offsets into one array of member ordinals) and per member
 * as the list of its slots, both built once per load. An event changed after the load is "patched": its members live
 * in a map, its slots in the lists are ignored, and every reader asks isPatched first. Past a share of patched events
 * the matrix is rebuilt from the database (needsRebuild).
 */

/** One event as the matrix holds it; facet members are stored values as text (ids or codes). */
export interface MatrixEvent {
  id: number;
  earliest: number;
  latest: number;
  importance: number;
  /** The status's code (STATUS_CODES). */
  status: number;
  /** False once deleted: no list or count holds it. */
  live: boolean;
  members: Record<FacetName, string[]>;
}

/** Stored values (as text) to dense ordinals and back. */
export class MemberDictionary {
  readonly values: string[] = [];
  private readonly ordinals = new Map<string, number>();

  ordinalOf(value: string): number | undefined {
    return this.ordinals.get(value);
  }

  intern(value: string): number {
    let ordinal = this.ordinals.get(value);
    if (ordinal === undefined) {
      ordinal = this.values.length;
      this.values.push(value);
      this.ordinals.set(value, ordinal);
    }
    return ordinal;
  }

  get size(): number {
    return this.values.length;
  }
}

export interface FacetColumn {
  dictionary: MemberDictionary;
  /** Slot i's members are members[offsets[i] .. offsets[i + 1]) unless slot i is patched. */
  offsets: Int32Array;
  members: Int32Array;
  /** postings[ordinal]: the slots holding that member at load time, ascending. */
  postings: Int32Array[];
  patched: Map<number, Int32Array>;
}

const PATCHED_SHARE_BEFORE_REBUILD = 0.05;
const PATCHED_FLOOR_BEFORE_REBUILD = 20_000;

export class EventMatrix {
  size = 0;
  ids: Int32Array;
  earliest: Float64Array;
  latest: Float64Array;
  importance: Uint8Array;
  status: Uint8Array;
  live: Uint8Array;
  isPatched: Uint8Array;
  patchedCount = 0;
  readonly facets: Record<FacetName, FacetColumn>;
  private slotOfId: Int32Array;

  constructor(capacity: number, maxId: number, facets: Record<FacetName, FacetColumn>) {
    this.ids = new Int32Array(capacity);
    this.earliest = new Float64Array(capacity);
    this.latest = new Float64Array(capacity);
    this.importance = new Uint8Array(capacity);
    this.status = new Uint8Array(capacity);
    this.live = new Uint8Array(capacity);
    this.isPatched = new Uint8Array(capacity);
    this.slotOfId = new Int32Array(maxId + 1).fill(-1);
    this.facets = facets;
  }

  slotOf(id: number): number {
    return id >= 0 && id < this.slotOfId.length ? this.slotOfId[id]! : -1;
  }

  /** Writes an event's columns into its slot (a new slot for a new id); facet members are set apart. */
  setColumns(event: Omit<MatrixEvent, "members">): number {
    let slot = this.slotOf(event.id);
    if (slot < 0) {
      slot = this.size++;
      if (slot >= this.ids.length) this.grow(Math.max(1024, this.ids.length * 2));
      if (event.id >= this.slotOfId.length) this.slotOfId = copyInto(new Int32Array(Math.max(event.id + 1, this.slotOfId.length * 2)).fill(-1), this.slotOfId);
      this.slotOfId[event.id] = slot;
      this.ids[slot] = event.id;
    }
    this.earliest[slot] = event.earliest;
    this.latest[slot] = event.latest;
    this.importance[slot] = event.importance;
    this.status[slot] = event.status;
    this.live[slot] = event.live ? 1 : 0;
    return slot;
  }

  /** An event changed after the load: its columns and members replace what the load read. */
  patch(event: MatrixEvent): void {
    const slot = this.setColumns(event);
    if (!this.isPatched[slot]) {
      this.isPatched[slot] = 1;
      this.patchedCount++;
    }
    for (const name of FACET_NAMES) {
      const column = this.facets[name];
      column.patched.set(slot, Int32Array.from(event.members[name], (value) => column.dictionary.intern(value)));
    }
  }

  /** An event that no longer exists (purged): it stays a slot, out of every list and count. */
  remove(id: number): void {
    const slot = this.slotOf(id);
    if (slot < 0) return;
    this.patch({ id, earliest: 0, latest: 0, importance: 0, status: 0, live: false, members: emptyMembers() });
  }

  get needsRebuild(): boolean {
    return this.patchedCount > Math.max(PATCHED_FLOOR_BEFORE_REBUILD, this.size * PATCHED_SHARE_BEFORE_REBUILD);
  }

  /** Calls visit(ordinal) for each member of `facet` that slot holds. */
  forEachMember(facet: FacetName, slot: number, visit: (ordinal: number) => void): void {
    const column = this.facets[facet];
    if (this.isPatched[slot]) {
      for (const ordinal of column.patched.get(slot)!) visit(ordinal);
      return;
    }
    for (let k = column.offsets[slot]!; k < column.offsets[slot + 1]!; k++) visit(column.members[k]!);
  }

  /** Bytes held by the arrays: what the matrix costs the server's memory. */
  get bytes(): number {
    let total = this.ids.byteLength * 2 + this.earliest.byteLength * 2 + this.importance.byteLength * 4 + this.slotOfId.byteLength;
    for (const name of FACET_NAMES) {
      const column = this.facets[name];
      total += column.offsets.byteLength + column.members.byteLength + column.postings.reduce((sum, list) => sum + list.byteLength, 0);
    }
    return total;
  }

  private grow(capacity: number): void {
    this.ids = copyInto(new Int32Array(capacity), this.ids);
    this.earliest = copyInto(new Float64Array(capacity), this.earliest);
    this.latest = copyInto(new Float64Array(capacity), this.latest);
    this.importance = copyInto(new Uint8Array(capacity), this.importance);
    this.status = copyInto(new Uint8Array(capacity), this.status);
    this.live = copyInto(new Uint8Array(capacity), this.live);
    this.isPatched = copyInto(new Uint8Array(capacity), this.isPatched);
    // Slots past the load's end are always patched, so the compressed rows never need to reach them.
  }
}

function copyInto<T extends Int32Array | Float64Array | Uint8Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}

export function emptyMembers(): Record<FacetName, string[]> {
  return Object.fromEntries(FACET_NAMES.map((name) => [name, []])) as unknown as Record<FacetName, string[]>;
}

/** Loaded events as columns, in slot order. */
export interface LoadedEvents {
  count: number;
  ids: Int32Array;
  earliest: Float64Array;
  latest: Float64Array;
  importance: Uint8Array;
  status: Uint8Array;
  live: Uint8Array;
}

/** Loaded links of one facet: parallel event ids and member ordinals of `dictionary`. */
export interface LoadedLinks {
  count: number;
  eventIds: Int32Array;
  ordinals: Int32Array;
  dictionary: MemberDictionary;
}

/** A matrix from loaded columns; slots follow the events' order. */
export function buildEventMatrix(events: LoadedEvents, links: Record<FacetName, LoadedLinks>): EventMatrix {
  let maxId = 0;
  for (let k = 0; k < events.count; k++) maxId = Math.max(maxId, events.ids[k]!);
  const capacity = Math.max(1024, Math.ceil(events.count * 1.1));
  const facets = {} as Record<FacetName, FacetColumn>;
  const matrix = new EventMatrix(capacity, maxId, facets);
  for (let k = 0; k < events.count; k++) {
    matrix.setColumns({ id: events.ids[k]!, earliest: events.earliest[k]!, latest: events.latest[k]!, importance: events.importance[k]!, status: events.status[k]!, live: events.live[k] === 1 });
  }
  for (const name of FACET_NAMES) facets[name] = buildFacetColumn(matrix, links[name]);
  return matrix;
}

function buildFacetColumn(matrix: EventMatrix, links: LoadedLinks): FacetColumn {
  const { dictionary, ordinals } = links;
  const offsets = new Int32Array(matrix.size + 1);
  const slots = new Int32Array(links.count);
  for (let k = 0; k < links.count; k++) {
    const slot = matrix.slotOf(links.eventIds[k]!);
    slots[k] = slot;
    if (slot >= 0) offsets[slot + 1]!++;
  }
  for (let slot = 0; slot < matrix.size; slot++) offsets[slot + 1]! += offsets[slot]!;
  const members = new Int32Array(offsets[matrix.size]!);
  const cursor = offsets.slice(0, matrix.size);
  const postingSizes = new Int32Array(dictionary.size);
  for (let k = 0; k < links.count; k++) {
    const slot = slots[k]!;
    if (slot < 0) continue;
    members[cursor[slot]!++] = ordinals[k]!;
    postingSizes[ordinals[k]!]!++;
  }
  const postings = Array.from(postingSizes, (size) => new Int32Array(size));
  const filled = new Int32Array(dictionary.size);
  for (let slot = 0; slot < matrix.size; slot++) {
    for (let k = offsets[slot]!; k < offsets[slot + 1]!; k++) {
      const ordinal = members[k]!;
      postings[ordinal]![filled[ordinal]!++] = slot;
    }
  }
  return { dictionary, offsets, members, postings, patched: new Map() };
}
