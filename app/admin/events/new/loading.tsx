import { EventFormSkeleton } from "@/components/admin/event-form-skeleton";

export default function NewEventLoading() {
  return <EventFormSkeleton label="Loading the form…" />;
}
