import Link from "next/link";
import type { EventSummary } from "@/lib/queries/event-summary";
import styles from "./entity-page.module.css";

/** The newest events of the entity; the full interactive timeline is one link away. */
export function LatestEvents({ events, total, timelineHref, tableHref }: { events: EventSummary[]; total: number; timelineHref: string; tableHref: string }) {
  return (
    <section aria-labelledby="latest-heading" className={styles.panel}>
      <h2 id="latest-heading">Timeline</h2>
      {events.length === 0 ? (
        <p className="muted">No published events yet.</p>
      ) : (
        <>
          <p className={styles.note}>
            The {events.length === total ? "" : `${events.length} latest of ${total} `}events, latest first.
          </p>
          <ol className={styles.latest}>
            {events.map((event) => (
              <li key={event.id}>
                <span className={styles.date}>{event.dateLabel}</span>
                <Link href={`/events/${event.slug}`}>{event.title}</Link>
                {event.status === "draft" && <span className="tag badge-draft">Draft</span>}
              </li>
            ))}
          </ol>
        </>
      )}
      <p className={styles.links}>
        <Link href={timelineHref}>Open on the timeline</Link> · <Link href={tableHref}>List in the events table</Link>
      </p>
    </section>
  );
}
