import { db } from "@/lib/db/client";
import type { ActorKind } from "@/lib/domain/event-vocabulary";
import { actorFilter, countryFilter, topicFilter, type Entity } from "./entity";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The actor at /actors/<slug>, or null (the page answers 404). */
export async function getActor(slug: string): Promise<Entity | null> {
  if (!SLUG.test(slug)) return null;
  const actor = await db.actor.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, kind: true } });
  if (!actor) return null;
  return { type: "actor", id: actor.id, key: actor.slug, name: actor.name, actorKind: actor.kind as ActorKind, filter: actorFilter(actor.slug, actor.id) };
}

export async function getTopic(slug: string): Promise<Entity | null> {
  if (!SLUG.test(slug)) return null;
  const topic = await db.topic.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!topic) return null;
  return { type: "topic", id: topic.id, key: topic.slug, name: topic.name, filter: topicFilter(topic.slug, topic.id) };
}

/** Codes are matched in upper case, so /countries/my and /countries/MY name the same country. */
export async function getCountry(code: string): Promise<Entity | null> {
  if (!/^[A-Za-z]{2}$/.test(code)) return null;
  const country = await db.country.findUnique({ where: { code: code.toUpperCase() }, select: { code: true, name: true } });
  if (!country) return null;
  return { type: "country", key: country.code, name: country.name, filter: countryFilter(country.code) };
}
