import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareRevisionsForm } from "@/components/admin/compare-revisions-form";
import { RevisionChanges } from "@/components/admin/revision-changes";
import styles from "@/components/admin/revision-changes.module.css";
import { requirePageRole } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/domain/viewer";
import { describeRevision } from "@/lib/domain/event-revision";
import { parseEventId } from "@/lib/http/parse-list-params";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { listEventRevisions, listEventRevisionStates } from "@/lib/queries/list-event-revisions";
import { loadStateLabels } from "@/lib/queries/load-state-labels";
import { diffEventStates } from "@/lib/revisions/diff-event-states";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";

export const metadata: Metadata = { title: "Event history" };

/** The newest revisions shown; older ones wait for paging. */
const SHOWN = 50;

export default async function EventHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  await requirePageRole(canEdit);
  const id = parseEventId(raw);
  const event = id ? await getEventForEdit(id) : null;
  if (!event) notFound();
  const [{ revisions, before }, all] = await Promise.all([listEventRevisionStates(event.id, SHOWN), listEventRevisions(event.id)]);
  const labels = await loadStateLabels([...revisions.map((revision) => revision.state), ...(before ? [before] : [])]);

  return (
    <>
      <p><Link href={`/admin/events/${event.id}/edit`}>← Edit “{event.values.title}”</Link></p>
      <h1>History of “{event.values.title}”</h1>
      <CompareRevisionsForm eventId={event.id} revisions={all} />
      {revisions.length === 0 ? (
        <p className="muted">No changes recorded: this event has not been changed since history began to be kept.</p>
      ) : (
        <ol reversed aria-label="Changes, newest first" className={styles.revisions}>
          {revisions.map((revision, index) => {
            const previous = revisions[index + 1]?.state ?? before;
            const heading = `Version ${revision.version}: ${describeRevision(revision)}`;
            return (
              <li key={revision.version}>
                <h2>{heading}</h2>
                <p className="muted"><time dateTime={revision.createdAt}>{formatUtcMinute(revision.createdAt)}</time></p>
                {revision.reason && <p>Reason given: “{revision.reason}”</p>}
                <RevisionChanges caption={`What version ${revision.version} changed`} changes={diffEventStates(previous, revision.state, labels)} />
                {index > 0 && !event.deletedAt && (
                  <p><Link href={`/admin/events/${event.id}/history/${revision.version}`}>Bring back version {revision.version}…</Link></p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
