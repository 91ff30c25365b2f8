import { db } from "@/lib/db/client";
import type { AuditFilter } from "@/lib/audit/audit-filter";
import { parseAuditDetail, type AuditDetail } from "@/lib/audit/describe-audit-detail";
import { findAuditEntries, type AuditCursor, type AuditEntryRow } from "./find-audit-entries";

export const AUDIT_PAGE_SIZE = 50;

/** The event an entry touched: as it stands, in the trash, or purged (gone; the entry's detail may still name it). */
export type AuditEvent = { id: number; title: string; slug: string; state: "live" | "deleted" } | { id: number; title: string | null; state: "purged" };

export interface AuditEntryView extends Omit<AuditEntryRow, "detailJson"> {
  detail: AuditDetail | null;
  event: AuditEvent | null;
  /** The account the entry touched; null when there is none, or it no longer exists (subjectId still says which). */
  subject: { id: string; name: string; email: string } | null;
}

export interface AuditPage {
  entries: AuditEntryView[];
  /** The id to page on from ("Older entries": ?before=<id>), or null on the last page. */
  olderBefore: number | null;
}

function eventOf(eventId: number | null, detail: AuditDetail | null, events: Map<number, { title: string; slug: string; deletedAt: Date | null }>): AuditEvent | null {
  if (eventId === null) return null;
  const event = events.get(eventId);
  if (event) return { id: eventId, title: event.title, slug: event.slug, state: event.deletedAt ? "deleted" : "live" };
  return { id: eventId, title: typeof detail?.title === "string" ? detail.title : null, state: "purged" };
}

/** One page of the log, newest first, with the events and accounts its entries name (two reads for the whole page). */
export async function listAuditPage(filter: AuditFilter, after: AuditCursor | null, pageSize = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  const { entries, next } = await findAuditEntries(filter, after, pageSize);
  const eventIds = [...new Set(entries.flatMap((entry) => (entry.eventId === null ? [] : [entry.eventId])))];
  const subjectIds = [...new Set(entries.flatMap((entry) => (entry.subjectId === null ? [] : [entry.subjectId])))];
  const [events, subjects] = await Promise.all([
    eventIds.length ? db.event.findMany({ where: { id: { in: eventIds } }, select: { id: true, title: true, slug: true, deletedAt: true } }) : [],
    subjectIds.length ? db.user.findMany({ where: { id: { in: subjectIds } }, select: { id: true, name: true, email: true } }) : [],
  ]);
  const eventsById = new Map(events.map((event) => [event.id, event]));
  const subjectsById = new Map(subjects.map((subject) => [subject.id, subject]));
  return {
    entries: entries.map(({ detailJson, ...entry }) => {
      const detail = parseAuditDetail(detailJson);
      return { ...entry, detail, event: eventOf(entry.eventId, detail, eventsById), subject: entry.subjectId ? (subjectsById.get(entry.subjectId) ?? null) : null };
    }),
    olderBefore: next?.id ?? null,
  };
}
