import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getViewer } from "@/lib/auth/get-viewer";
import { loadEntity } from "./load-entity";
import { getEntityOverview } from "@/lib/queries/entities/get-entity-overview";
import { EntityPage } from "@/components/entities/entity-page";

interface PageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const entity = await loadEntity((await params).slug);
  return { title: entity ? entity.name : "Topic not found" };
}

export default async function TopicPage({ params }: PageProps) {
  const [entity, viewer] = await Promise.all([loadEntity((await params).slug), getViewer()]);
  if (!entity) notFound();
  const overview = await getEntityOverview(entity, viewer);
  return <EntityPage entity={entity} overview={overview} />;
}
