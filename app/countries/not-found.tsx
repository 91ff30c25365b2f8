import { EntityNotFound } from "@/components/entities/entity-not-found";

export default function CountryNotFound() {
  return <EntityNotFound what="Country" listHref="/events" listLabel="Browse all events" />;
}
