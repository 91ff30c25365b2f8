import type { SavedViewPath } from "@/lib/schemas/saved-view";

/** A saved view as its owner and the API see it. Plain JSON. */
export interface SavedViewSummary {
  token: string;
  name: string;
  path: SavedViewPath;
  query: string;
  shared: boolean;
  createdAt: string;
  updatedAt: string;
}

export const savedViewSelect = { token: true, name: true, path: true, query: true, shared: true, createdAt: true, updatedAt: true, ownerId: true } as const;

export function toSavedViewSummary(row: { token: string; name: string; path: string; query: string; shared: boolean; createdAt: Date; updatedAt: Date }): SavedViewSummary {
  return {
    token: row.token,
    name: row.name,
    path: row.path as SavedViewPath,
    query: row.query,
    shared: row.shared,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Where the view opens: its page with its query, exactly as saved. */
export function savedViewTarget(view: { path: string; query: string }): string {
  return view.query ? `${view.path}?${view.query}` : view.path;
}
