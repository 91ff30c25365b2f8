import { COMPARE_KEYS, parseCompareTracks } from "@/lib/compare/compare-params";
import { z } from "zod";
import { parseEventFilter } from "@/lib/filters/event-filter";
import { TIMELINE_KEYS, parseTimelineParams } from "@/lib/timeline/timeline-params";
import { INTERVAL_PARAM, parseIntervalParam } from "@/lib/dashboard/interval-param";
import { TABLE_PARAM_KEYS } from "@/components/data-table/table-search-params";
import { requiredTextField, usableText } from "./text-field";

/**
 * The pages a view can be saved from, each with the URL keys it owns next to the shared filter.
 * A page added later (the comparison page, say) joins by adding its path and keys here.
 */
export const SAVED_VIEW_PAGES = {
  "/": { label: "Timeline", keys: TIMELINE_KEYS },
  "/events": { label: "Events table", keys: TABLE_PARAM_KEYS },
  "/dashboard": { label: "Dashboard", keys: [INTERVAL_PARAM] },
  "/compare": { label: "Compare", keys: COMPARE_KEYS },
} as const satisfies Record<string, { label: string; keys: readonly string[] }>;

export type SavedViewPath = keyof typeof SAVED_VIEW_PAGES;
export const SAVED_VIEW_PATHS = Object.keys(SAVED_VIEW_PAGES) as SavedViewPath[];

export const NAME_MAX = 100;
export const QUERY_MAX = 2000;

/** The shape of every view token (newViewToken's base64url); anything else cannot name a view and is not looked up. */
export function isViewToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{8,64}$/.test(token);
}

export function isSavedViewPath(path: string): path is SavedViewPath {
  return Object.hasOwn(SAVED_VIEW_PAGES, path);
}

/** The problems of a query string for a page, in the words the page itself would use. */
export function checkViewQuery(path: SavedViewPath, query: string): string[] {
  const params = new URLSearchParams(query);
  const problems: string[] = [];
  const filter = parseEventFilter(params, SAVED_VIEW_PAGES[path].keys);
  if (!filter.ok) problems.push(...filter.errors.map((e) => e.message));
  if (path === "/") problems.push(...parseTimelineParams(params).errors.map((e) => e.message));
  if (path === "/compare") problems.push(...parseCompareTracks(params).errors.map((e) => e.message));
  if (path === "/dashboard") problems.push(...parseIntervalParam(params).errors.map((e) => e.message));
  return problems;
}

const nameSchema = requiredTextField("The name", NAME_MAX, "Give the view a name.");

export const savedViewInputSchema = z
  .object({
    name: nameSchema,
    path: z.string().refine(isSavedViewPath, { message: `Views can be saved from ${SAVED_VIEW_PATHS.join(", ")}.` }),
    query: usableText("The address")
      .max(QUERY_MAX + 1, `The address is too long to save (at most ${QUERY_MAX} characters).`)
      .transform((query) => query.replace(/^\?/, ""))
      .pipe(z.string().max(QUERY_MAX, `The address is too long to save (at most ${QUERY_MAX} characters).`))
      .default(""),
    shared: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    if (!isSavedViewPath(input.path)) return;
    for (const message of checkViewQuery(input.path, input.query)) ctx.addIssue({ code: "custom", path: ["query"], message });
  })
  .transform((input) => ({ ...input, path: input.path as SavedViewPath }));

export type SavedViewInput = z.input<typeof savedViewInputSchema>;

/** What the owner may change after saving: the name and whether it is shared. */
export const savedViewPatchSchema = z
  .object({ name: nameSchema.optional(), shared: z.boolean().optional() })
  .strict()
  .refine((patch) => patch.name !== undefined || patch.shared !== undefined, { message: "Give a new name or a shared flag." });

export type SavedViewPatch = z.infer<typeof savedViewPatchSchema>;
