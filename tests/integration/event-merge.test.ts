import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { saveEventForm } from "@/lib/actions/events/save-event-form";
import { updateEvent } from "@/lib/actions/events/update-event";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import type { Viewer } from "@/lib/domain/viewer";

let ana: Viewer;
let ben: Viewer;

async function makeEditor(name: string): Promise<Viewer> {
  const { id } = await createUserWithPassword({ email: `merge-${randomUUID()}@chronicle.test`, name, role: "editor", password: "integration-test-password" });
  return { userId: id, role: "editor", name };
}

const valuesOf = async (id: number) => (await getEventForEdit(id))!.values;

beforeAll(async () => {
  [ana, ben] = await Promise.all([makeEditor("Ana Merge"), makeEditor("Ben Merge")]);
});

afterAll(async () => {
  await db.event.deleteMany({ where: { createdById: { in: [ana.userId!, ben.userId!] } } });
});

describe("saving the edit form after another editor's save", () => {
  it("combines changes to different fields and names what came from the other save", async () => {
    const [diplomacy, trade] = await db.topic.findMany({ orderBy: { id: "asc" }, take: 2 });
    const created = await createEvent({ title: `Merge ${randomUUID().slice(0, 6)}`, start: { precision: "month", value: "2025-07" }, topicIds: [diplomacy!.id] }, ana, "form");
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    const opened = await valuesOf(id); // both open version 1

    expect(await saveEventForm(id, { ...opened, summary: "Ben's summary", topicIds: [diplomacy!.id, trade!.id] }, ben)).toMatchObject({ ok: true, data: { version: 2, fromTheirs: [] } });
    const merged = await saveEventForm(id, { ...opened, title: `${opened.title} (Ana)`, importance: 5 }, ana);
    expect(merged).toMatchObject({ ok: true, data: { version: 3, fromTheirs: ["Summary", "Topics"] } });
    expect(await valuesOf(id)).toMatchObject({ title: `${opened.title} (Ana)`, importance: 5, summary: "Ben's summary", topicIds: [diplomacy!.id, trade!.id], version: 3 });
    // The API keeps the plain rule: a stale version is refused.
    expect(await updateEvent(id, { ...opened, body: "From a script" }, ana)).toMatchObject({ ok: false, code: "conflict" });
  });

  it("stops where both changed the same field, writes nothing, then saves the editor's choice", async () => {
    const created = await createEvent({ title: `Clash ${randomUUID().slice(0, 6)}`, start: { precision: "year", value: "2024" }, sources: [{ publisher: "Bernama", url: "https://www.bernama.com/x" }] }, ana, "form");
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    const opened = await valuesOf(id);

    expect(await saveEventForm(id, { ...opened, title: "Ben's title", body: "Ben's body" }, ben)).toMatchObject({ ok: true });
    const clash = await saveEventForm(id, { ...opened, title: "Ana's title", dateLabel: "mid-2024" }, ana);
    expect(clash).toMatchObject({ ok: false, code: "conflict", merge: { version: 2, by: "Ben Merge", fields: [{ field: "title", label: "Title", base: opened.title, mine: "Ana's title", theirs: "Ben's title" }] } });
    if (clash.ok || !clash.merge) return;
    expect(await valuesOf(id)).toMatchObject({ title: "Ben's title", dateLabel: "", version: 2 });
    // What "keep mine" saves: Ana's title and date label, Ben's body.
    const resolved = await saveEventForm(id, { ...clash.merge.merged, title: clash.merge.mine.title, version: clash.merge.version }, ana);
    expect(resolved).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await valuesOf(id)).toMatchObject({ title: "Ana's title", dateLabel: "mid-2024", body: "Ben's body" });

    // Sources both changed in the same place are a conflict too.
    const again = await valuesOf(id);
    expect(await saveEventForm(id, { ...again, sources: [{ ...again.sources[0]!, title: "Ben's source title" }] }, ben)).toMatchObject({ ok: true });
    expect(await saveEventForm(id, { ...again, sources: [{ ...again.sources[0]!, title: "Ana's source title" }] }, ana)).toMatchObject({ ok: false, merge: { fields: [{ field: "sources" }] } });
  });

  it("does not merge into a deleted event", async () => {
    const created = await createEvent({ title: `Gone ${randomUUID().slice(0, 6)}`, start: { precision: "year", value: "2023" } }, ana, "form");
    if (!created.ok) throw new Error(created.message);
    const opened = await valuesOf(created.data.id);
    await db.event.update({ where: { id: created.data.id }, data: { deletedAt: new Date(), version: 2 } });
    const result = await saveEventForm(created.data.id, { ...opened, title: "Edited" }, ana);
    expect(result).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("deleted") });
    expect(result.ok || result.merge).toBeFalsy();
  });
});
