import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import { revertEvent } from "@/lib/actions/events/revert-event";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { listEventRevisions } from "@/lib/queries/list-event-revisions";
import type { Viewer } from "@/lib/domain/viewer";

let editor: Viewer;
let reader: Viewer;

async function makeViewer(role: "editor" | "viewer", name: string): Promise<Viewer> {
  const { id } = await createUserWithPassword({ email: `${role}-${randomUUID()}@chronicle.test`, name, role, password: "integration-test-password" });
  return { userId: id, role, name };
}

async function statesOf(eventId: number) {
  const rows = await db.eventRevision.findMany({ where: { eventId }, orderBy: { version: "asc" } });
  return rows.map((row) => ({ ...row, state: JSON.parse(row.state) as Record<string, unknown> }));
}

beforeAll(async () => {
  [editor, reader] = await Promise.all([makeViewer("editor", "Rev Editor"), makeViewer("viewer", "Rev Reader")]);
});

afterAll(async () => {
  await db.event.deleteMany({ where: { createdById: editor.userId! } });
});

describe("event revisions", () => {
  it("record every change with who made it, how, and the whole event after it", async () => {
    const title = `Revised ${randomUUID().slice(0, 8)}`;
    const earlier = await db.event.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    const created = await createEvent(
      {
        title,
        start: { precision: "month", value: "July 2019" },
        sources: [{ publisher: "Bernama", url: "https://www.bernama.com/en/" }],
        relations: [{ type: "follows", targetId: earlier.id }],
      },
      editor,
      "form",
    );
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "diplomacy" } });

    const edit = { ...(await getEventForEdit(id))!.values, title: `${title} (edited)`, topicIds: [topic.id], sources: [], relations: [] };
    expect(await updateEvent(id, edit, editor)).toMatchObject({ ok: true, data: { version: 2 } });
    // A stale save changes nothing and records nothing.
    expect(await updateEvent(id, { ...edit, title: "Lost", version: 1 }, editor)).toMatchObject({ ok: false, code: "conflict" });
    // Neither does a reader's attempt.
    expect(await deleteEvent(id, { version: 2 }, reader)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await deleteEvent(id, { version: 2 }, editor, "form")).toMatchObject({ ok: true });
    expect(await restoreEvent(id, { version: 3 }, editor)).toMatchObject({ ok: true });

    const revisions = await statesOf(id);
    expect(revisions.map((r) => [r.version, r.action, r.via, r.authorId])).toEqual([
      [1, "create", "form", editor.userId],
      [2, "update", "api", editor.userId],
      [3, "delete", "form", editor.userId],
      [4, "restore", "api", editor.userId],
    ]);
    expect(revisions[0]!.state).toMatchObject({ title, start: { precision: "month", value: "2019-07" }, topicIds: [], deletedAt: null });
    expect(revisions[0]!.state.sources).toEqual([expect.objectContaining({ publisher: "Bernama", url: "https://www.bernama.com/en/" })]);
    expect(revisions[0]!.state.relations).toEqual([{ type: "follows", targetId: earlier.id }]);
    expect(revisions[1]!.state).toMatchObject({ title: `${title} (edited)`, topicIds: [topic.id], sources: [], relations: [] });
    expect(revisions[2]!.state.deletedAt).toEqual(expect.any(String));
    expect(revisions[3]!.state).toMatchObject({ title: `${title} (edited)`, deletedAt: null });

    expect((await listEventRevisions(id)).map((r) => [r.version, r.action, r.authorName])).toEqual([
      [4, "restore", "Rev Editor"],
      [3, "delete", "Rev Editor"],
      [2, "update", "Rev Editor"],
      [1, "create", "Rev Editor"],
    ]);
  });

  it("bring an earlier version back as a new revision, sources and relations included, never over a newer save", async () => {
    const earlier = await db.event.findFirstOrThrow({ where: { deletedAt: null }, orderBy: { id: "asc" } });
    const title = `Reverted ${randomUUID().slice(0, 8)}`;
    const created = await createEvent(
      { title, start: { precision: "year", value: "2020" }, sources: [{ publisher: "Reuters" }], relations: [{ type: "context_for", targetId: earlier.id }] },
      editor,
    );
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    const values = (await getEventForEdit(id))!.values;
    expect(await updateEvent(id, { ...values, title: "Rewritten", sources: [], relations: [] }, editor)).toMatchObject({ ok: true });

    expect(await revertEvent(id, 1, { version: 2 }, reader)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await revertEvent(id, 9, { version: 2 }, editor)).toMatchObject({ ok: false, code: "not_found" });
    expect(await revertEvent(id, 1, { version: 2 }, editor, "form")).toMatchObject({ ok: true, data: { version: 3 } });
    // The page that showed version 2 is stale now: bringing version 1 back again from it is a conflict.
    expect(await revertEvent(id, 1, { version: 2 }, editor)).toMatchObject({ ok: false, code: "conflict" });

    const now = (await getEventForEdit(id))!.values;
    expect(now).toMatchObject({ title, version: 3, relations: [{ type: "context_for", targetId: earlier.id }] });
    expect(now.sources).toEqual([expect.objectContaining({ publisher: "Reuters" })]);
    const last = (await listEventRevisions(id))[0]!;
    expect(last).toMatchObject({ version: 3, action: "revert", restoredFrom: 1, via: "form" });
  });

  it("keep the reason an editor gives for a change, and refuse one too long without writing", async () => {
    const created = await createEvent({ title: `Reasoned ${randomUUID().slice(0, 8)}`, start: { precision: "year", value: "2022" } }, editor, "form");
    if (!created.ok) throw new Error(created.message);
    const id = created.data.id;
    const values = (await getEventForEdit(id))!.values;
    const tooLong = await updateEvent(id, { ...values, summary: "x", reason: "r".repeat(501) }, editor);
    expect(tooLong).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { reason: [expect.stringContaining("500")] } });
    expect(await updateEvent(id, { ...values, summary: "Corrected", reason: "  Bernama corrected the date  " }, editor, "form")).toMatchObject({ ok: true, data: { version: 2 } });
    const [latest, first] = await listEventRevisions(id);
    expect([latest!.reason, first!.reason]).toEqual(["Bernama corrected the date", null]);
    // The reason is the change's, not the event's: the recorded state does not hold it.
    expect((await statesOf(id))[1]!.state).not.toHaveProperty("reason");
    const entry = await db.auditEntry.findFirstOrThrow({ where: { eventId: id, action: "event.update" } });
    expect(JSON.parse(entry.detail!)).toMatchObject({ reason: "Bernama corrected the date", version: 2 });
  });
});
