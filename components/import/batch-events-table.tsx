import Link from "next/link";
import { StatusBadge } from "@/components/events/status-badge";
import { END_PRECISIONS, formatEventDate, fromStoredEventDate, START_PRECISIONS } from "@/lib/dates/event-date";
import { EVENT_STATUSES, type EventStatus } from "@/lib/domain/event-vocabulary";
import type { listBatchEvents } from "@/lib/queries/imports/list-import-batches";
import tables from "@/components/admin/admin-table.module.css";
import styles from "./import.module.css";

export type BatchEvent = Awaited<ReturnType<typeof listBatchEvents>>[number];

/** The label readers see: the event's own, else its date in words. */
function dateLabel(event: BatchEvent): string {
  if (event.dateLabel) return event.dateLabel;
  const startPrecision = START_PRECISIONS.find((precision) => precision === event.startPrecision) ?? "unknown";
  const endPrecision = END_PRECISIONS.find((precision) => precision === event.endPrecision) ?? "none";
  return formatEventDate(fromStoredEventDate({ ...event, startPrecision, endPrecision }));
}

const statusOf = (status: string): EventStatus => EVENT_STATUSES.find((known) => known === status) ?? "draft";

/** One page of an import's events: each links to its edit page, or to its history once it is in the trash. */
export function BatchEventsTable({ events }: { events: BatchEvent[] }) {
  return (
    <div className={tables.scroll}>
      <table className={`${tables.table} ${tables.stacked} ${styles.stackedRowHeaders}`}>
        <caption className="visually-hidden">The events of this import, in the order they were imported</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Date</th>
            <th scope="col">Status</th>
            <th scope="col">Id in the file</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row">
                {event.deletedAt ? (
                  <>
                    <Link href={`/admin/events/${event.id}/history`} className={styles.deleted}>
                      {event.title}
                    </Link>{" "}
                    <span className="tag">In the trash</span>
                  </>
                ) : (
                  <Link href={`/admin/events/${event.id}/edit`}>{event.title}</Link>
                )}
              </th>
              <td data-label="Date">{dateLabel(event)}</td>
              <td data-label="Status">{statusOf(event.status) === "published" ? "Published" : <StatusBadge status={statusOf(event.status)} />}</td>
              <td data-label="Id in the file">{event.externalId ?? <span className="muted">none</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
