import type { DeletedEvent } from "@/lib/queries/list-deleted-events";
import { RestoreEventButton } from "./restore-event-button";
import styles from "./admin-page.module.css";

const WHEN = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function DeletedEventsList({ events }: { events: DeletedEvent[] }) {
  return (
    <section aria-labelledby="recently-deleted">
      <h2 id="recently-deleted">Recently deleted</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing has been deleted.</p>
      ) : (
        <ul className={styles.deletedList}>
          {events.map((event) => (
            <li key={event.id}>
              <span>
                <strong>{event.title}</strong>{" "}
                <span className="muted">
                  deleted {WHEN.format(new Date(event.deletedAt))} UTC{event.deletedByName ? ` by ${event.deletedByName}` : ""}
                </span>
              </span>
              <RestoreEventButton eventId={event.id} version={event.version} label="Restore" title={event.title} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
