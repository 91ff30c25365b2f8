import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { Viewer } from "@/lib/domain/viewer";
import { parseEventReference, type EventReference } from "@/lib/event-picker/parse-event-reference";
import { findEvents } from "./find-events";
import { toEventOption, type EventOption } from "./event-option";
import { listEventOptionsByIds } from "./list-event-options-by-ids";
import { EMPTY_RESOLVED_FILTER } from "./resolve-event-filter";
import { parseSearchQuery } from "./search/parse-search-query";
import { eventWhereSql } from "./sql/event-where";

export interface SearchEventOptionsOptions {
  /** Words of the title (or any searched text), an event id, a slug, or an event's address. Empty finds nothing. */
  q: string;
  limit: number;
  /** The event being edited: never offered. */
  exclude?: number | null;
}

export interface SearchEventOptionsResult {
  /** The event named by id or slug first, then the text's matches by relevance; at most `limit`. */
  events: EventOption[];
  /**
   * How many events match. The edited event is taken off only when it is among the page read, and an event named
   * by id or slug is added when the page does not hold it: testing either against the text search on its own
   * would cost as much as the search, to correct a count that is then off by one at most.
   */
  total: number;
  /** False past the list count's cap (see countMatchingEvents): `total` is then a lower bound. */
  totalExact: boolean;
}

const NOTHING: SearchEventOptionsResult = { events: [], total: 0, totalExact: true };

/**
 * The event pickers' search: the events list's own text search and visibility (findEvents with only `q` set, by
 * relevance, so title matches come first and editors also see drafts), plus the event a typed id or slug names.
 */
export async function searchEventOptions({ q, limit, exclude = null }: SearchEventOptionsOptions, viewer: Viewer): Promise<SearchEventOptionsResult> {
  const text = q.trim();
  if (!text) return NOTHING;
  const searchable = parseSearchQuery(text).terms.length > 0;
  const [named, found] = await Promise.all([
    findNamedEvent(parseEventReference(text), viewer),
    searchable ? findEvents({ filter: { ...EMPTY_RESOLVED_FILTER, q: text }, viewer, sort: "relevance", pageSize: limit + 1 }) : null,
  ]);
  const rows = found?.rows ?? [];
  const first = named && named.id !== exclude ? named : null;
  const others = rows.filter((row) => row.id !== exclude && row.id !== first?.id).map((row) => toEventOption(row));
  const excludedInPage = rows.some((row) => row.id === exclude) ? 1 : 0;
  const firstOutsidePage = first && !rows.some((row) => row.id === first.id) ? 1 : 0;
  return {
    events: [...(first ? [first] : []), ...others].slice(0, limit),
    total: (found?.total ?? 0) - excludedInPage + firstOutsidePage,
    totalExact: found?.totalExact ?? true,
  };
}

/** The event an id or slug names, if the viewer may see it in lists (not deleted; published unless an editor asks). */
async function findNamedEvent(reference: EventReference, viewer: Viewer): Promise<EventOption | null> {
  if (!reference) return null;
  const named = "id" in reference ? Prisma.sql`e.id = ${reference.id}` : Prisma.sql`e.slug = ${reference.slug}`;
  const rows = await readSql<{ id: number | bigint }[]>`SELECT e.id FROM events e WHERE ${named} AND ${eventWhereSql(EMPTY_RESOLVED_FILTER, viewer)}`;
  if (rows.length === 0) return null;
  const [event] = await listEventOptionsByIds([Number(rows[0]!.id)]);
  return event ?? null;
}
