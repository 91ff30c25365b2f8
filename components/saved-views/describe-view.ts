import { SAVED_VIEW_PAGES, isSavedViewPath } from "@/lib/schemas/saved-view";

/** "Timeline · topic=diplomacy, from=2025" — what a saved view opens, in a line. */
export function describeView(path: string, query: string): { page: string; settings: string } {
  const page = isSavedViewPath(path) ? SAVED_VIEW_PAGES[path].label : path;
  const settings = [...new URLSearchParams(query).entries()].map(([key, value]) => `${key}=${value}`).join(", ");
  return { page, settings: settings || "no filters" };
}
