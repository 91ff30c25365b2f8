import { db } from "@/lib/db/client";
import { toStoredEventDate } from "@/lib/dates/event-date";
import { parsePartialDate } from "@/lib/dates/partial-date";
import type { RelationType } from "@/lib/domain/event-vocabulary";

export interface TestEventInput {
  slug: string;
  title: string;
  start: string;
  status?: "draft" | "published";
  deleted?: boolean;
  parentSlug?: string;
  relations?: { type: RelationType; toSlug: string }[];
}

async function idOf(slug: string): Promise<number> {
  const row = await db.event.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  return row.id;
}

/** Writes an event straight into the database, for tests that must not depend on the editing code. */
export async function createTestEvent(input: TestEventInput): Promise<number> {
  const start = parsePartialDate(input.start);
  if (!start.ok) throw new Error(start.message);
  const event = await db.event.create({
    data: {
      slug: input.slug,
      title: input.title,
      ...toStoredEventDate({ start: start.value, end: null, approximate: false }),
      status: input.status ?? "draft",
      deletedAt: input.deleted ? new Date() : null,
      parentId: input.parentSlug ? await idOf(input.parentSlug) : null,
    },
  });
  for (const relation of input.relations ?? []) {
    await db.eventRelation.create({ data: { fromId: event.id, toId: await idOf(relation.toSlug), type: relation.type } });
  }
  return event.id;
}

/** Removes test events for good (relations go with them), so other test files see only the reference data. */
export async function removeTestEvents(slugs: string[]): Promise<void> {
  await db.event.deleteMany({ where: { slug: { in: slugs } } });
}
