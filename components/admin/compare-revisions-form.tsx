import type { EventRevisionSummary } from "@/lib/queries/list-event-revisions";
import { describeRevision } from "@/lib/domain/event-revision";
import styles from "./revision-changes.module.css";

/** Two versions to compare, sent as a plain GET form (works without JavaScript): ?from=A&to=B. */
export function CompareRevisionsForm({ eventId, revisions, from, to }: { eventId: number; revisions: EventRevisionSummary[]; from?: number; to?: number }) {
  if (revisions.length < 2) return null;
  const options = revisions.map((revision) => (
    <option key={revision.version} value={revision.version}>
      Version {revision.version}: {describeRevision(revision)}
    </option>
  ));
  return (
    <form method="get" action={`/admin/events/${eventId}/history/compare`} className={styles.compareForm} aria-label="Compare two versions">
      <span>
        <label htmlFor="compare-from">From version</label>{" "}
        <select id="compare-from" name="from" defaultValue={from ?? revisions[1]!.version}>{options}</select>
      </span>
      <span>
        <label htmlFor="compare-to">to version</label>{" "}
        <select id="compare-to" name="to" defaultValue={to ?? revisions[0]!.version}>{options}</select>
      </span>
      <button type="submit">Compare</button>
    </form>
  );
}
