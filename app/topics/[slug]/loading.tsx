import { EntityLoading } from "@/components/entities/entity-loading";

export default function TopicLoading() {
  return <EntityLoading what="this topic" />;
}
