import { Prisma } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import type { CountDim } from "./count-sql";

export interface MemberLabel {
  /** The key the rest of the app uses: topic or actor slug, country code. */
  key: string;
  label: string;
  kind?: ActorKind;
}

/** Slugs and names for members of event_counts (topic and actor ids are stored as text). */
export async function labelMembers(dim: CountDim, members: string[]): Promise<Map<string, MemberLabel>> {
  const ids = members.filter((member) => /^\d+$/.test(member)).map(Number);
  if (dim === "topic" && ids.length) {
    const rows = await readSql<{ id: number | bigint; slug: string; name: string }[]>`SELECT id, slug, name FROM topics WHERE id IN (${Prisma.join(ids)})`;
    return new Map(rows.map((row) => [String(row.id), { key: row.slug, label: row.name }]));
  }
  if (dim === "actor" && ids.length) {
    const rows = await readSql<{ id: number | bigint; slug: string; name: string; kind: string }[]>`SELECT id, slug, name, kind FROM actors WHERE id IN (${Prisma.join(ids)})`;
    return new Map(rows.map((row) => [String(row.id), { key: row.slug, label: row.name, kind: row.kind as ActorKind }]));
  }
  if (dim === "country" && members.length) {
    const rows = await readSql<{ code: string; name: string }[]>`SELECT code, name FROM countries WHERE code IN (${Prisma.join(members)})`;
    return new Map(rows.map((row) => [row.code, { key: row.code, label: row.name }]));
  }
  return new Map();
}

/** The member of a lane key (slug or code), for reading event_counts. */
export async function memberOfKeys(dim: CountDim, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  if (dim === "topic" || dim === "actor") {
    const table = dim === "topic" ? Prisma.sql`topics` : Prisma.sql`actors`;
    const rows = await readSql<{ id: number | bigint; slug: string }[]>`SELECT id, slug FROM ${table} WHERE slug IN (${Prisma.join(keys)})`;
    return new Map(rows.map((row) => [row.slug, String(row.id)]));
  }
  return new Map(keys.map((key) => [key, key]));
}

/** Every member of a dimension as event_counts and event_pair_counts store it: topic and actor ids as text, country codes. */
export async function listMembers(dim: "topic" | "actor" | "country"): Promise<string[]> {
  if (dim === "country") return (await readSql<{ code: string }[]>`SELECT code FROM countries`).map((row) => row.code);
  const table = dim === "topic" ? Prisma.sql`topics` : Prisma.sql`actors`;
  return (await readSql<{ id: number | bigint }[]>`SELECT id FROM ${table}`).map((row) => String(row.id));
}
