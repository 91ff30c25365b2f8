import Link from "next/link";
import { describeRevision } from "@/lib/domain/event-revision";
import type { EventRevisionSummary } from "@/lib/queries/list-event-revisions";
import styles from "./event-page.module.css";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";


/** Every recorded change to the event, newest first (shown to editors). */
export function EventHistory({ eventId, revisions }: { eventId: number; revisions: EventRevisionSummary[] }) {
  return (
    <section aria-labelledby="history-heading" className={styles.panel}>
      <h2 id="history-heading">History</h2>
      {revisions.length === 0 ? (
        <p className="muted">No changes recorded: this event has not been changed since history began to be kept.</p>
      ) : (
        <ol className={styles.history}>
          {revisions.map((revision) => (
            <li key={revision.version}>
              {describeRevision(revision)}
              {revision.reason && <span className={styles.reason}>: “{revision.reason}”</span>}
              <br />
              <span className="muted">
                Version {revision.version} · <time dateTime={revision.createdAt}>{formatUtcMinute(revision.createdAt)}</time>
              </span>
            </li>
          ))}
        </ol>
      )}
      {revisions.length > 0 && <p><Link href={`/admin/events/${eventId}/history`}>What each change changed</Link></p>}
    </section>
  );
}
