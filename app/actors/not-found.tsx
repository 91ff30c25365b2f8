import { EntityNotFound } from "@/components/entities/entity-not-found";

export default function ActorNotFound() {
  return <EntityNotFound what="Actor" listHref="/events" listLabel="Browse all events" />;
}
