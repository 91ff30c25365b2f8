import { EntityNotFound } from "@/components/entities/entity-not-found";

export default function TopicNotFound() {
  return <EntityNotFound what="Topic" listHref="/events" listLabel="Browse all events" />;
}
