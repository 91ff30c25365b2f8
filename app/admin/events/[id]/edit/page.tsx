import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditingPresence } from "@/components/admin/editing-presence";
import { EventForm } from "@/components/admin/event-form";
import { RestoreEventButton } from "@/components/admin/restore-event-button";
import { ReviewPanel } from "@/components/review/review-panel";
import { requirePageRole } from "@/lib/auth/require-role";
import { statusesSettableBy } from "@/lib/domain/review";
import { canEdit, canReview } from "@/lib/domain/viewer";
import { parseEventId } from "@/lib/http/parse-list-params";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { listEventFormOptions } from "@/lib/queries/list-event-form-options";
import { readReviewNotes } from "@/lib/queries/review/read-review-notes";
import { readAppSettings } from "@/lib/queries/settings/read-app-settings";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";

export const metadata: Metadata = { title: "Edit event" };


interface EditEventPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function EditEventPage({ params, searchParams }: EditEventPageProps) {
  const [{ id: raw }, query] = await Promise.all([params, searchParams]);
  const viewer = await requirePageRole(canEdit);
  const id = parseEventId(raw);
  const event = id ? await getEventForEdit(id) : null;
  if (!event) notFound();
  const [notes, settings] = await Promise.all([readReviewNotes(event.id, viewer), readAppSettings()]);
  // An editor with a pending change edits that change, not the published values.
  const values = notes.myPending ? { ...notes.myPending.values, version: event.values.version } : event.values;
  const options = event.deletedAt ? null : await listEventFormOptions(values);
  const status = event.values.status;
  const held = status === "published" && settings.holdPublishedEdits && !canReview(viewer);

  return (
    <>
      <p><Link href="/admin">← Admin</Link></p>
      <h1>Edit “{event.values.title}”</h1>
      <p className="muted">
        Version {event.values.version} · last changed {formatUtcMinute(event.updatedAt)}
        {event.updatedByName ? ` by ${event.updatedByName}` : ""} · <Link href={`/admin/events/${event.id}/history`}>History</Link>
      </p>
      {event.deletedAt ? (
        <div role="status" className="alert">
          This event was deleted on {formatUtcMinute(event.deletedAt)}. Restore it to edit it.{" "}
          <RestoreEventButton eventId={event.id} version={event.values.version} label="Restore" title={event.values.title} />
        </div>
      ) : options && (
        <>
          <EditingPresence eventId={event.id} />
          <ReviewPanel event={{ id: event.id, title: event.values.title, version: event.values.version, status }} notes={notes} reviewer={canReview(viewer)} held={held} />
          <EventForm
            eventId={event.id}
            version={event.values.version}
            defaultValues={values}
            options={options}
            statusOptions={statusesSettableBy(viewer, status)}
            held={held}
            savedNotice={query.saved === "created" ? "Event created and saved." : undefined}
          />
        </>
      )}
    </>
  );
}
