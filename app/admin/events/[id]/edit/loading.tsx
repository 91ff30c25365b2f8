import { EventFormSkeleton } from "@/components/admin/event-form-skeleton";

export default function EditEventLoading() {
  return <EventFormSkeleton label="Loading the event…" />;
}
