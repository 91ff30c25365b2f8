import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import { loadEntity } from "./load-entity";
import { getEntityOverview } from "@/lib/queries/entities/get-entity-overview";
import { EntityPage } from "@/components/entities/entity-page";

interface PageProps {
  params: Promise<{ code: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const entity = await loadEntity((await params).code);
  return { title: entity ? entity.name : "Country not found" };
}

export default async function CountryPage({ params }: PageProps) {
  const [entity, viewer] = await Promise.all([loadEntity((await params).code), getViewer()]);
  if (!entity) notFound();
  const overview = await getEntityOverview(entity, viewer);
  return <EntityPage entity={entity} overview={overview} />;
}
