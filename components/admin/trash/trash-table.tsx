import Link from "next/link";
import type { DeletedEvent } from "@/lib/queries/list-deleted-events";
import { RestoreEventButton } from "../restore-event-button";
import { PurgeEventButton } from "./purge-event-button";
import styles from "../admin-table.module.css";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";


/** The trash: each deleted event with when and by whom, Restore for every editor, Purge for admins. */
export function TrashTable({ events, canPurge }: { events: DeletedEvent[]; canPurge: boolean }) {
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className="visually-hidden">Deleted events, most recently deleted first</caption>
        <thead>
          <tr>
            <th scope="col">Event</th>
            <th scope="col">Deleted</th>
            <th scope="col">By</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <th scope="row">
                <Link href={`/admin/events/${event.id}/history`}>{event.title}</Link>{" "}
                <span className="muted">version {event.version}</span>
              </th>
              <td>
                <time dateTime={event.deletedAt}>{formatUtcMinute(event.deletedAt)}</time>
              </td>
              <td>{event.deletedByName ?? <span className="muted">unknown</span>}</td>
              <td>
                <div className={styles.actions}>
                  <RestoreEventButton eventId={event.id} version={event.version} label="Restore" title={event.title} redirectTo={`/admin/trash?restored=${event.id}`} />
                  {canPurge && <PurgeEventButton eventId={event.id} version={event.version} title={event.title} />}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
