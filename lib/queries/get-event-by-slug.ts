import { db } from "@/lib/db/client";
import { fromStoredEventDate, type EventDate } from "@/lib/dates/event-date";
import { formatPartialDateLabel, parsePartialDate } from "@/lib/dates/partial-date";
import { RELATION_LABELS, RELATION_TYPES, type RelationType } from "@/lib/domain/event-vocabulary";
import type { Viewer } from "@/lib/domain/viewer";
import { eventLinkSelect, toEventLink, type EventLink, type EventLinkRow } from "./event-link";
import { canReadEvent, readableEventsWhere } from "./visibility";

export type { EventLink } from "./event-link";

export interface EventSourceDetail {
  id: number;
  publisher: string;
  title: string;
  url: string | null;
  publishedLabel: string | null;
  author: string | null;
  quote: string | null;
}

export interface RelatedGroup {
  type: RelationType;
  /** "forward": this event is the relation's subject ("Outcome of B"); "backward": its object ("Led to A"). */
  direction: "forward" | "backward";
  label: string;
  events: EventLink[];
}

export interface EventDetail extends EventLink {
  summary: string;
  body: string;
  date: EventDate;
  importance: number;
  topics: { slug: string; name: string }[];
  actors: { slug: string; name: string; kind: string }[];
  countries: { code: string; name: string }[];
  sources: EventSourceDetail[];
  parent: EventLink | null;
  children: EventLink[];
  related: RelatedGroup[];
  createdAt: string;
  updatedAt: string;
}



const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


const byDate = (a: EventLinkRow, b: EventLinkRow) => a.earliest - b.earliest || a.latest - b.latest || a.title.localeCompare(b.title);

function publishedLabel(value: string | null): string | null {
  if (!value) return null;
  const parsed = parsePartialDate(value);
  return parsed.ok ? formatPartialDateLabel(parsed.value) : value;
}

/**
 * Relations grouped by how they read from this event. "Part of" the parent and "Includes" a child
 * repeat the hierarchy shown above them, so those are left out.
 */
function groupRelations(
  outgoing: { type: string; to: EventLinkRow }[],
  incoming: { type: string; from: EventLinkRow }[],
  hierarchy: { parentId: number | null; childIds: number[] },
): RelatedGroup[] {
  const repeatsHierarchy = (type: string, other: EventLinkRow, direction: "forward" | "backward") =>
    type === "part_of" && (direction === "forward" ? other.id === hierarchy.parentId : hierarchy.childIds.includes(other.id));
  const groups: RelatedGroup[] = [];
  for (const type of RELATION_TYPES) {
    const forward = outgoing.filter((r) => r.type === type && !repeatsHierarchy(type, r.to, "forward")).map((r) => r.to).sort(byDate);
    const backward = incoming.filter((r) => r.type === type && !repeatsHierarchy(type, r.from, "backward")).map((r) => r.from).sort(byDate);
    if (forward.length) groups.push({ type, direction: "forward", label: RELATION_LABELS[type].forward, events: forward.map(toEventLink) });
    if (backward.length) groups.push({ type, direction: "backward", label: RELATION_LABELS[type].backward, events: backward.map(toEventLink) });
  }
  return groups;
}

/**
 * Everything the event page shows, in one findUnique whose relations Prisma loads with one query
 * each (never one per source or related event). Drafts and deleted events, and links to them, exist
 * only for editors: anyone else gets null, exactly as for a slug that does not exist.
 */
export async function getEventBySlug(slug: string, viewer: Viewer): Promise<EventDetail | null> {
  if (!SLUG.test(slug)) return null;
  const visible = readableEventsWhere(viewer);
  const row = await db.event.findUnique({
    where: { slug },
    include: {
      topics: { select: { topic: { select: { slug: true, name: true } } } },
      actors: { select: { actor: { select: { slug: true, name: true, kind: true } } } },
      countries: { select: { country: { select: { code: true, name: true } } } },
      sources: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      parent: { select: eventLinkSelect },
      children: { where: visible, select: eventLinkSelect },
      relationsFrom: { where: { to: visible }, select: { type: true, to: { select: eventLinkSelect } } },
      relationsTo: { where: { from: visible }, select: { type: true, from: { select: eventLinkSelect } } },
    },
  });
  if (!row || !canReadEvent(row, viewer)) return null;

  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name);
  const parent = row.parent && canReadEvent(row.parent, viewer) ? row.parent : null;
  const hierarchy = { parentId: parent?.id ?? null, childIds: row.children.map((child) => child.id) };
  return {
    ...toEventLink(row),
    summary: row.summary,
    body: row.body,
    date: fromStoredEventDate(row as Parameters<typeof fromStoredEventDate>[0]),
    importance: row.importance,
    topics: row.topics.map((t) => t.topic).sort(byName),
    actors: row.actors.map((a) => a.actor).sort(byName),
    countries: row.countries.map((c) => c.country).sort(byName),
    sources: row.sources.map((source) => ({
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      url: source.url,
      publishedLabel: publishedLabel(source.publishedOn),
      author: source.author,
      quote: source.quote,
    })),
    parent: parent ? toEventLink(parent) : null,
    children: [...row.children].sort(byDate).map(toEventLink),
    related: groupRelations(row.relationsFrom, row.relationsTo, hierarchy),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
