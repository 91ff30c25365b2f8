import { dialect, Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { EVENT_STATUSES, STATUS_CODES } from "@/lib/domain/event-vocabulary";
import { FACET_NAMES, type FacetName } from "@/lib/domain/facets";
import { FACET_TABLES, storesIds } from "../sql/facet-sql";
import { emptyMembers, MemberDictionary, type LoadedEvents, type LoadedLinks, type MatrixEvent } from "./event-matrix";

/*
 * The matrix's reads. Rows come packed into one text per chunk of ids (group_concat / string_agg) and are scanned
 * character by character into typed arrays: a million rows through the drivers one object each, or split into
 * strings, cost several times the queries themselves.
 */

const raw = Prisma.raw;
/** The status as its code (STATUS_CODES): a digit in the packed rows. */
const STATUS_CODE_SQL = raw(`CASE status ${EVENT_STATUSES.map((status) => `WHEN '${status}' THEN ${STATUS_CODES[status]}`).join(" ")} ELSE 255 END`);
const CHUNK = 100_000;

function packedEventsSql(where: Prisma.Sql): Prisma.Sql {
  return dialect === "postgres"
    ? Prisma.sql`SELECT string_agg(concat_ws(',', id, earliest, latest, importance, ${STATUS_CODE_SQL}, CASE WHEN deleted_at IS NULL THEN 1 ELSE 0 END), ';') AS packed FROM events WHERE ${where}`
    : Prisma.sql`SELECT group_concat(id || ',' || earliest || ',' || latest || ',' || importance || ',' || ${STATUS_CODE_SQL} || ',' || (deleted_at IS NULL), ';') AS packed FROM events WHERE ${where}`;
}

function packedLinksSql(facet: FacetName, where: Prisma.Sql): Prisma.Sql {
  const { linkTable, linkColumn } = FACET_TABLES[facet];
  return dialect === "postgres"
    ? Prisma.sql`SELECT string_agg(concat(event_id, ':', ${raw(linkColumn)}), ',') AS packed FROM ${raw(linkTable)} WHERE ${where}`
    : Prisma.sql`SELECT group_concat(event_id || ':' || ${raw(linkColumn)}, ',') AS packed FROM ${raw(linkTable)} WHERE ${where}`;
}

async function readPacked(sql: Prisma.Sql): Promise<string> {
  const rows = await readSql<{ packed: string | null }[]>(sql);
  return rows[0]?.packed ?? "";
}

const COMMA = 44;
const MINUS = 45;
const ZERO = 48;

/** The whole number written in text[from, to). */
function wholeNumber(text: string, from: number, to: number): number {
  let value = 0;
  let k = from;
  const negative = text.charCodeAt(k) === MINUS;
  if (negative) k++;
  for (; k < to; k++) value = value * 10 + (text.charCodeAt(k) - ZERO);
  return negative ? -value : value;
}

class EventColumns implements LoadedEvents {
  count = 0;
  ids: Int32Array;
  earliest: Float64Array;
  latest: Float64Array;
  importance: Uint8Array;
  status: Uint8Array;
  live: Uint8Array;

  constructor(capacity: number) {
    this.ids = new Int32Array(capacity);
    this.earliest = new Float64Array(capacity);
    this.latest = new Float64Array(capacity);
    this.importance = new Uint8Array(capacity);
    this.status = new Uint8Array(capacity);
    this.live = new Uint8Array(capacity);
  }

  /** Rows "id,earliest,latest,importance,status code,live" separated by ";". */
  parse(packed: string): void {
    let at = 0;
    while (at < packed.length) {
      let end = packed.indexOf(";", at);
      if (end < 0) end = packed.length;
      const fields = [at, 0, 0, 0, 0, 0];
      for (let field = 1, k = at; field < 6; k++) if (packed.charCodeAt(k) === COMMA) fields[field++] = k + 1;
      if (this.count === this.ids.length) this.grow();
      const row = this.count++;
      this.ids[row] = wholeNumber(packed, fields[0]!, fields[1]! - 1);
      this.earliest[row] = Number(packed.slice(fields[1], fields[2]! - 1));
      this.latest[row] = Number(packed.slice(fields[2], fields[3]! - 1));
      this.importance[row] = wholeNumber(packed, fields[3]!, fields[4]! - 1);
      this.status[row] = wholeNumber(packed, fields[4]!, fields[5]! - 1);
      this.live[row] = packed.charCodeAt(fields[5]!) === ZERO + 1 ? 1 : 0;
      at = end + 1;
    }
  }

  private grow(): void {
    const capacity = Math.max(1024, this.ids.length * 2);
    const grown = <T extends Int32Array | Float64Array | Uint8Array>(from: T, make: (n: number) => T) => {
      const to = make(capacity);
      to.set(from as never);
      return to;
    };
    this.ids = grown(this.ids, (n) => new Int32Array(n));
    this.earliest = grown(this.earliest, (n) => new Float64Array(n));
    this.latest = grown(this.latest, (n) => new Float64Array(n));
    this.importance = grown(this.importance, (n) => new Uint8Array(n));
    this.status = grown(this.status, (n) => new Uint8Array(n));
    this.live = grown(this.live, (n) => new Uint8Array(n));
  }
}

class LinkColumns implements LoadedLinks {
  count = 0;
  eventIds = new Int32Array(1024);
  ordinals = new Int32Array(1024);
  readonly dictionary = new MemberDictionary();
  /** Numeric members (ids) by value, so that most links never make a string. */
  private readonly numeric = new Map<number, number>();

  constructor(private readonly numericValues: boolean) {}

  /** Pairs "eventId:value" separated by ",". */
  parse(packed: string): void {
    let at = 0;
    while (at < packed.length) {
      let end = packed.indexOf(",", at);
      if (end < 0) end = packed.length;
      const colon = packed.indexOf(":", at);
      if (this.count === this.eventIds.length) this.grow();
      this.eventIds[this.count] = wholeNumber(packed, at, colon);
      this.ordinals[this.count] = this.ordinalOf(packed, colon + 1, end);
      this.count++;
      at = end + 1;
    }
  }

  private ordinalOf(packed: string, from: number, to: number): number {
    if (!this.numericValues) return this.dictionary.intern(packed.slice(from, to));
    const value = wholeNumber(packed, from, to);
    let ordinal = this.numeric.get(value);
    if (ordinal === undefined) this.numeric.set(value, (ordinal = this.dictionary.intern(String(value))));
    return ordinal;
  }

  private grow(): void {
    const eventIds = new Int32Array(this.eventIds.length * 2);
    eventIds.set(this.eventIds);
    this.eventIds = eventIds;
    const ordinals = new Int32Array(this.ordinals.length * 2);
    ordinals.set(this.ordinals);
    this.ordinals = ordinals;
  }
}

/** Every event's columns and every facet link, in chunks of ids. */
export async function readWholeMatrix(): Promise<{ events: LoadedEvents; links: Record<FacetName, LoadedLinks> }> {
  const [row] = await readSql<{ top: number | bigint | null; n: number | bigint }[]>`SELECT MAX(id) AS top, COUNT(*) AS n FROM events`;
  const maxId = Number(row?.top ?? 0);
  const events = new EventColumns(Number(row?.n ?? 0) + 1);
  const links = Object.fromEntries(FACET_NAMES.map((name) => [name, new LinkColumns(storesIds(name))])) as Record<FacetName, LinkColumns>;
  for (let from = 0; from <= maxId; from += CHUNK) {
    const to = from + CHUNK;
    events.parse(await readPacked(packedEventsSql(Prisma.sql`id >= ${from} AND id < ${to}`)));
    for (const name of FACET_NAMES) links[name].parse(await readPacked(packedLinksSql(name, Prisma.sql`event_id >= ${from} AND event_id < ${to}`)));
  }
  return { events, links };
}

/** The current state of some events; an id with no row is an event that no longer exists (null). */
export async function readMatrixEvents(ids: number[]): Promise<Map<number, MatrixEvent | null>> {
  const found = new Map<number, MatrixEvent | null>(ids.map((id) => [id, null]));
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    const columns = new EventColumns(chunk.length + 1);
    columns.parse(await readPacked(packedEventsSql(Prisma.sql`id IN (${Prisma.join(chunk)})`)));
    for (let k = 0; k < columns.count; k++) {
      found.set(columns.ids[k]!, {
        id: columns.ids[k]!,
        earliest: columns.earliest[k]!,
        latest: columns.latest[k]!,
        importance: columns.importance[k]!,
        status: columns.status[k]!,
        live: columns.live[k] === 1,
        members: emptyMembers(),
      });
    }
    for (const name of FACET_NAMES) {
      const links = new LinkColumns(false);
      links.parse(await readPacked(packedLinksSql(name, Prisma.sql`event_id IN (${Prisma.join(chunk)})`)));
      for (let k = 0; k < links.count; k++) found.get(links.eventIds[k]!)?.members[name].push(links.dictionary.values[links.ordinals[k]!]!);
    }
  }
  return found;
}
