import { db } from "@/lib/db/client";

export interface FilterOptions {
  topics: { slug: string; name: string }[];
  actors: { slug: string; name: string; kind: string }[];
  countries: { code: string; name: string }[];
}

/** Everything a filter can name, for pickers. Small tables; ordered for display. */
export async function listFilterOptions(): Promise<FilterOptions> {
  const [topics, actors, countries] = await Promise.all([
    db.topic.findMany({ select: { slug: true, name: true }, orderBy: { name: "asc" } }),
    db.actor.findMany({ select: { slug: true, name: true, kind: true }, orderBy: { name: "asc" } }),
    db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { topics, actors, countries };
}
