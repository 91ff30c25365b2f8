import { EntityLoading } from "@/components/entities/entity-loading";

export default function CountryLoading() {
  return <EntityLoading what="this country" />;
}
