import { cache } from "react";
import { getViewer } from "@/lib/auth/get-viewer";
import { getEventBySlug } from "@/lib/queries/get-event-by-slug";

/** One query per request, shared by the page and its metadata. */
export const loadEvent = cache(async (slug: string) => getEventBySlug(slug, await getViewer()));
