import type { Metadata } from "next";
import Link from "next/link";
import { EventForm } from "@/components/admin/event-form";
import { EMPTY_EVENT_VALUES } from "@/components/admin/empty-event-values";
import { requirePageRole } from "@/lib/auth/require-role";
import { statusesSettableBy } from "@/lib/domain/review";
import { canEdit } from "@/lib/domain/viewer";
import { listEventFormOptions } from "@/lib/queries/list-event-form-options";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  const viewer = await requirePageRole(canEdit);
  const options = await listEventFormOptions();
  return (
    <>
      <p><Link href="/admin">← Admin</Link></p>
      <h1>New event</h1>
      <EventForm defaultValues={EMPTY_EVENT_VALUES} options={options} statusOptions={statusesSettableBy(viewer, null)} />
    </>
  );
}
