import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RevertEventButton } from "@/components/admin/revert-event-button";
import { RevisionChanges } from "@/components/admin/revision-changes";
import { requirePageRole } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/domain/viewer";
import { parseEventId } from "@/lib/http/parse-list-params";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { getEventRevisionState } from "@/lib/queries/list-event-revisions";
import { loadStateLabels } from "@/lib/queries/load-state-labels";
import { diffEventStates } from "@/lib/revisions/diff-event-states";
import { toEventState } from "@/lib/revisions/event-state";

export const metadata: Metadata = { title: "Bring back a version" };

/** What bringing back an earlier version would change, shown before anything is written. */
export default async function RevertPreviewPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  const { id: rawId, version: rawVersion } = await params;
  await requirePageRole(canEdit);
  const id = parseEventId(rawId);
  const revision = parseEventId(rawVersion);
  const event = id ? await getEventForEdit(id) : null;
  const target = event && revision ? await getEventRevisionState(event.id, revision) : null;
  if (!event || !revision || !target) notFound();
  const version = event.values.version;
  const current = toEventState(event);
  const changes = diffEventStates(current, { ...target, deletedAt: current.deletedAt }, await loadStateLabels([current, target]));

  return (
    <>
      <p><Link href={`/admin/events/${event.id}/history`}>← History of “{event.values.title}”</Link></p>
      <h1>Bring back version {revision}</h1>
      {event.deletedAt ? (
        <p role="status" className="alert">This event is deleted. <Link href={`/admin/events/${event.id}/edit`}>Restore it</Link> before bringing back an earlier version.</p>
      ) : revision === version ? (
        <p>Version {revision} is the current version.</p>
      ) : changes.length === 0 ? (
        <p>Version {revision} is the same as the current version {version}: there is nothing to bring back.</p>
      ) : (
        <>
          <p>Bringing back version {revision} makes a new version {version + 1} with these changes to the current version {version}:</p>
          <RevisionChanges caption={`What bringing back version ${revision} changes`} changes={changes} />
          <RevertEventButton eventId={event.id} revision={revision} version={version} />
        </>
      )}
    </>
  );
}
