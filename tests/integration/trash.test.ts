import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import type { Viewer } from "@/lib/domain/viewer";
import { countDeletedEvents, listDeletedEvents } from "@/lib/queries/list-deleted-events";
import { createTestEvent, removeTestEvents } from "./event-fixtures";

let ana: Viewer;
let bo: Viewer;
const slugs: string[] = [];

async function makeEditor(name: string): Promise<Viewer> {
  const { id } = await createUserWithPassword({ email: `${name.toLowerCase()}-${randomUUID()}@chronicle.test`, name, role: "editor", password: "integration-test-password" });
  return { userId: id, role: "editor", name };
}

async function created(title: string, by: Viewer) {
  const result = await createEvent({ title: `${title} ${randomUUID().slice(0, 8)}`, start: { precision: "year", value: "2020" } }, by);
  if (!result.ok) throw new Error(result.message);
  slugs.push(result.data.slug);
  return result.data;
}

beforeAll(async () => {
  [ana, bo] = await Promise.all([makeEditor("Trash Ana"), makeEditor("Trash Bo")]);
});

afterAll(async () => {
  await removeTestEvents(slugs);
});

describe("the trash", () => {
  it("lists deleted events newest deletion first, by keyset pages, with who deleted each", async () => {
    const countBefore = await countDeletedEvents();
    // Deleted before history was kept: no revision says who, its last editor does.
    const slug = `trash-old-${randomUUID().slice(0, 8)}`;
    slugs.push(slug);
    const old = await createTestEvent({ slug, title: "Trash old", start: "2019", deleted: true });
    await db.event.update({ where: { id: old }, data: { updatedById: bo.userId, deletedAt: new Date(Date.now() - 1000) } });

    const first = await created("Trash first", ana);
    expect(await deleteEvent(first.id, { version: 1 }, ana)).toMatchObject({ ok: true });
    // Deleted by Ana, restored and deleted again by Bo: Bo deleted it.
    const second = await created("Trash second", ana);
    expect(await deleteEvent(second.id, { version: 1 }, ana)).toMatchObject({ ok: true });
    expect(await restoreEvent(second.id, { version: 2 }, bo)).toMatchObject({ ok: true });
    expect(await deleteEvent(second.id, { version: 3 }, bo)).toMatchObject({ ok: true });
    const live = await created("Trash live", ana);

    expect(await countDeletedEvents()).toBe(countBefore + 3);
    const page1 = await listDeletedEvents(null, 2);
    expect(page1.events.map((e) => [e.id, e.version, e.deletedByName])).toEqual([
      [second.id, 4, "Trash Bo"],
      [first.id, 2, "Trash Ana"],
    ]);
    expect(page1.older).toEqual({ id: first.id, deletedAt: new Date(page1.events[1]!.deletedAt) });
    const page2 = await listDeletedEvents(page1.older, 2);
    expect(page2.events[0]).toMatchObject({ id: old, title: "Trash old", deletedByName: "Trash Bo" });
    expect([...page1.events, ...page2.events].map((e) => e.id)).not.toContain(live.id);
  });

  it("pages through events deleted at the same instant without skipping or repeating one", async () => {
    const at = new Date(Date.now() + 60_000);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++) {
      const event = await created(`Trash tie ${i}`, ana);
      await db.event.update({ where: { id: event.id }, data: { deletedAt: at } });
      ids.push(event.id);
    }
    const seen: number[] = [];
    let cursor = null;
    for (let page = 0; page < 3; page++) {
      const result: Awaited<ReturnType<typeof listDeletedEvents>> = await listDeletedEvents(cursor, 2);
      seen.push(...result.events.map((e) => e.id));
      cursor = result.older;
    }
    expect(seen.slice(0, 5)).toEqual([...ids].reverse());
  });
});
