export interface FlatFieldError {
  path: string;
  message: string;
}

const SKIP = new Set(["ref", "type", "types", "message", "root"]);

/** react-hook-form's nested errors as a flat list of { path, message }, in form order. */
export function flattenFormErrors(errors: unknown, prefix = ""): FlatFieldError[] {
  if (!errors || typeof errors !== "object") return [];
  const node = errors as Record<string, unknown>;
  const out: FlatFieldError[] = [];
  if (prefix && typeof node.message === "string" && node.message) out.push({ path: prefix, message: node.message });
  const root = node.root as { message?: unknown } | undefined;
  if (prefix && typeof root?.message === "string") out.push({ path: prefix, message: root.message });
  for (const [key, child] of Object.entries(node)) {
    if (SKIP.has(key)) continue;
    out.push(...flattenFormErrors(child, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

const FIELD_LABELS: Record<string, string> = {
  title: "Title",
  slug: "Slug",
  summary: "Summary",
  body: "Body",
  "start.precision": "Start",
  "start.value": "Start",
  "end.precision": "End",
  "end.value": "End",
  approximate: "Approximate",
  dateLabel: "Date label",
  importance: "Importance",
  status: "Status",
  parentId: "Parent event",
  topicIds: "Topics",
  actorIds: "Actors",
  countryCodes: "Countries",
  sources: "Sources",
  relations: "Related events",
};

const SOURCE_FIELDS: Record<string, string> = {
  publisher: "publisher",
  title: "title",
  url: "web address",
  publishedOn: "publication date",
  author: "author",
  quote: "quote",
};

/** "sources.1.url" → "Source 2 web address". */
export function describeFieldPath(path: string): string {
  const source = path.match(/^sources\.(\d+)\.(\w+)$/);
  if (source) return `Source ${+source[1]! + 1} ${SOURCE_FIELDS[source[2]!] ?? source[2]}`;
  const relation = path.match(/^relations\.(\d+)\.\w+$/);
  if (relation) return `Related event ${+relation[1]! + 1}`;
  return FIELD_LABELS[path] ?? path;
}
