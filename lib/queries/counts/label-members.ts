import { db } from "@/lib/db/client";
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
  const ids = members.map(Number).filter(Number.isInteger);
  if (dim === "topic" && ids.length) {
    const rows = await db.topic.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true } });
    return new Map(rows.map((row) => [String(row.id), { key: row.slug, label: row.name }]));
  }
  if (dim === "actor" && ids.length) {
    const rows = await db.actor.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, name: true, kind: true } });
    return new Map(rows.map((row) => [String(row.id), { key: row.slug, label: row.name, kind: row.kind as ActorKind }]));
  }
  if (dim === "country" && members.length) {
    const rows = await db.country.findMany({ where: { code: { in: members } }, select: { code: true, name: true } });
    return new Map(rows.map((row) => [row.code, { key: row.code, label: row.name }]));
  }
  return new Map();
}

/** The member of a lane key (slug or code), for reading event_counts. */
export async function memberOfKeys(dim: CountDim, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  if (dim === "topic") {
    const rows = await db.topic.findMany({ where: { slug: { in: keys } }, select: { id: true, slug: true } });
    return new Map(rows.map((row) => [row.slug, String(row.id)]));
  }
  if (dim === "actor") {
    const rows = await db.actor.findMany({ where: { slug: { in: keys } }, select: { id: true, slug: true } });
    return new Map(rows.map((row) => [row.slug, String(row.id)]));
  }
  return new Map(keys.map((key) => [key, key]));
}
