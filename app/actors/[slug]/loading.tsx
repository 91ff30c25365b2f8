import { EntityLoading } from "@/components/entities/entity-loading";

export default function ActorLoading() {
  return <EntityLoading what="this actor" />;
}
