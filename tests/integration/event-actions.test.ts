import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import { findEvents } from "@/lib/queries/find-events";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import type { Role } from "@/lib/domain/roles";

async function makeViewer(role: Role, name: string): Promise<Viewer> {
  const email = `${role}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name, role, password: "integration-test-password" });
  return { userId: id, role, name, email };
}

async function findTitled(query: string, viewer: Viewer) {
  const loaded = await loadEventFilter(new URLSearchParams(query));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  return (await findEvents({ filter: loaded.filter, viewer, pageSize: 100 })).rows.map((row) => row.title);
}

const uniqueTitle = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;
const monthEvent = (title: string) => ({
  title,
  start: { precision: "month", value: "July 2019" },
  sources: [{ publisher: "Bernama", url: "https://www.bernama.com/en/" }],
});

let editor: Viewer;
let otherEditor: Viewer;
let reviewer: Viewer;
let reader: Viewer;
let diplomacyTopicId: number;

beforeAll(async () => {
  [editor, otherEditor, reviewer, reader] = await Promise.all([
    makeViewer("editor", "Ed Itor"),
    makeViewer("editor", "Other Editor"),
    makeViewer("reviewer", "Rev Iewer"),
    makeViewer("viewer", "Rita Reader"),
  ]);
  diplomacyTopicId = (await db.topic.findUniqueOrThrow({ where: { slug: "diplomacy" } })).id;
});

// The integration database is shared by every test file: leave it with the reference events only.
afterAll(async () => {
  await db.event.deleteMany({ where: { createdById: { in: [editor.userId!, otherEditor.userId!, reviewer.userId!] } } });
});

describe("who may change events", () => {
  it("turns away anonymous visitors and readers without writing anything", async () => {
    const before = await db.event.count();
    const input = monthEvent(uniqueTitle("Denied"));
    expect(await createEvent(input, ANONYMOUS)).toMatchObject({ ok: false, code: "unauthenticated" });
    expect(await createEvent(input, reader)).toMatchObject({ ok: false, code: "forbidden" });
    const existing = await db.event.findFirstOrThrow({ where: { deletedAt: null } });
    expect(await deleteEvent(existing.id, { version: existing.version }, reader)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateEvent(existing.id, { ...input, version: existing.version }, ANONYMOUS)).toMatchObject({ code: "unauthenticated" });
    expect(await db.event.count()).toBe(before);
    expect(await db.event.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ deletedAt: null, version: existing.version });
  });
});

describe("createEvent", () => {
  it("stores a month-precision date that the July 2019 filter finds", async () => {
    const title = uniqueTitle("ECRL works suspended");
    const result = await createEvent({ ...monthEvent(title), topicIds: [diplomacyTopicId], countryCodes: ["my"] }, editor);
    expect(result).toMatchObject({ ok: true, data: { title, version: 1 } });
    if (!result.ok) return;
    expect(result.data.slug).toMatch(/^ecrl-works-suspended-/);
    const row = await db.event.findUniqueOrThrow({ where: { id: result.data.id }, include: { sources: true, countries: true } });
    expect(row).toMatchObject({ startValue: "2019-07", startPrecision: "month", endPrecision: "none", createdById: editor.userId });
    expect(row.sources).toHaveLength(1);
    expect(row.countries.map((c) => c.countryCode)).toEqual(["MY"]);
    expect(await findTitled(`from=2019-07&to=2019-07&q=${encodeURIComponent(title)}`, editor)).toEqual([title]);
    expect(await findTitled(`from=2019-08&to=2019-12&q=${encodeURIComponent(title)}`, editor)).toEqual([]);
    // Drafts are the default and stay out of readers' sight.
    expect(await findTitled(`q=${encodeURIComponent(title)}`, ANONYMOUS)).toEqual([]);
  });

  it("rejects an impossible date on start.value and writes nothing", async () => {
    const before = await db.event.count();
    const result = await createEvent({ ...monthEvent(uniqueTitle("Bad date")), start: { precision: "day", value: "2025-02-31" } }, editor);
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { "start.value": ["February 2025 has 28 days; day 31 does not exist."] } });
    expect(await db.event.count()).toBe(before);
  });

  it("rejects an unknown topic id on topicIds", async () => {
    const before = await db.event.count();
    const result = await createEvent({ ...monthEvent(uniqueTitle("Unknown topic")), topicIds: [diplomacyTopicId, 999] }, editor);
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { topicIds: ["Unknown topic id 999"] } });
    expect(await db.event.count()).toBe(before);
  });

  it("gives a derived slug a suffix instead of failing, and reports a chosen slug that is taken", async () => {
    const title = uniqueTitle("Twin");
    const first = await createEvent(monthEvent(title), editor);
    const second = await createEvent(monthEvent(title), editor);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data.slug).toBe(`${first.data.slug}-2`);

    const [events, sources] = await Promise.all([db.event.count(), db.source.count()]);
    const taken = await createEvent({ ...monthEvent(uniqueTitle("Copycat")), slug: first.data.slug }, editor);
    expect(taken).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { slug: [expect.stringContaining("already used")] } });
    expect([await db.event.count(), await db.source.count()]).toEqual([events, sources]);
  });
});

describe("updateEvent", () => {
  it("saves against the current version, and refuses a stale one naming who changed it", async () => {
    const created = await createEvent(monthEvent(uniqueTitle("Versioned")), editor);
    if (!created.ok) throw new Error(created.message);
    const base = { ...monthEvent(created.data.title), slug: created.data.slug };

    const first = await updateEvent(created.data.id, { ...base, summary: "Other editor's summary", version: 1 }, otherEditor);
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });

    const stale = await updateEvent(created.data.id, { ...base, summary: "My summary", version: 1 }, editor);
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    if (!stale.ok) expect(stale.message).toMatch(/changed by Other Editor on .* UTC/);
    expect(await db.event.findUniqueOrThrow({ where: { id: created.data.id } })).toMatchObject({
      summary: "Other editor's summary",
      version: 2,
      updatedById: otherEditor.userId,
    });
  });

  it("refuses a parent that is the event itself or one of its descendants", async () => {
    const parent = await createEvent(monthEvent(uniqueTitle("Parent")), editor);
    if (!parent.ok) throw new Error(parent.message);
    const child = await createEvent({ ...monthEvent(uniqueTitle("Child")), parentId: parent.data.id }, editor);
    if (!child.ok) throw new Error(child.message);
    const base = { ...monthEvent(parent.data.title), slug: parent.data.slug, version: 1 };
    expect(await updateEvent(parent.data.id, { ...base, parentId: child.data.id }, editor)).toMatchObject({
      code: "invalid_input",
      fieldErrors: { parentId: [expect.stringContaining("sub-events")] },
    });
    expect(await updateEvent(parent.data.id, { ...base, parentId: parent.data.id }, editor)).toMatchObject({ code: "invalid_input" });
    expect(await updateEvent(parent.data.id, { ...base, relations: [{ type: "follows", targetId: parent.data.id }] }, editor)).toMatchObject({
      fieldErrors: { "relations.0.targetId": ["An event cannot be related to itself."] },
    });
  });

  it("leaves everything as it was when the write fails half-way (a slug already taken)", async () => {
    const target = await createEvent(
      { ...monthEvent(uniqueTitle("Intact")), topicIds: [diplomacyTopicId], sources: [{ publisher: "Reuters" }, { publisher: "AP" }] },
      editor,
    );
    const other = await createEvent(monthEvent(uniqueTitle("Holder")), editor);
    if (!target.ok || !other.ok) throw new Error("setup failed");

    const result = await updateEvent(
      target.data.id,
      { ...monthEvent("Renamed"), slug: other.data.slug, sources: [{ publisher: "New" }], topicIds: [], version: 1 },
      editor,
    );
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { slug: [expect.stringContaining(other.data.slug)] } });
    const row = await db.event.findUniqueOrThrow({ where: { id: target.data.id }, include: { sources: true, topics: true } });
    expect(row).toMatchObject({ title: target.data.title, slug: target.data.slug, version: 1 });
    expect(row.sources.map((s) => s.publisher).sort()).toEqual(["AP", "Reuters"]);
    expect(row.topics).toHaveLength(1);
  });
});

describe("deleteEvent and restoreEvent", () => {
  it("hides a deleted event from findEvents and brings it back on restore", async () => {
    const title = uniqueTitle("Deletable");
    // Published by a reviewer (editors cannot publish); the editor deletes and restores it.
    const created = await createEvent({ ...monthEvent(title), status: "published" }, reviewer);
    if (!created.ok) throw new Error(created.message);
    const query = `q=${encodeURIComponent(title)}`;

    expect(await deleteEvent(created.data.id, { version: 1 }, editor)).toMatchObject({ ok: true, data: { deletedAt: expect.any(String) } });
    expect(await findTitled(query, ANONYMOUS)).toEqual([]);
    expect(await findTitled(query, editor)).toEqual([]);
    expect(await updateEvent(created.data.id, { ...monthEvent(title), version: 2 }, editor)).toMatchObject({ code: "not_found" });

    expect(await restoreEvent(created.data.id, { version: 2 }, editor)).toMatchObject({ ok: true, data: { deletedAt: null, version: 3 } });
    expect(await findTitled(query, ANONYMOUS)).toEqual([title]);
  });

  it("answers not_found for ids that do not exist", async () => {
    expect(await deleteEvent(987_654, { version: 1 }, editor)).toMatchObject({ ok: false, code: "not_found" });
    expect(await restoreEvent(-1, { version: 1 }, editor)).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses a delete or restore without a version, or at a version that moved on, and changes nothing", async () => {
    const created = await createEvent(monthEvent(uniqueTitle("Guarded")), editor);
    if (!created.ok) throw new Error(created.message);
    const { id } = created.data;
    for (const input of [undefined, {}, { version: "1" }, { version: 0 }]) {
      expect(await deleteEvent(id, input, editor), JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { version: [expect.stringContaining("version")] } });
    }
    expect(await updateEvent(id, { ...monthEvent(created.data.title), slug: created.data.slug, summary: "Saved meanwhile", version: 1 }, otherEditor)).toMatchObject({ ok: true });

    const stale = await deleteEvent(id, { version: 1 }, editor);
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { id, version: 2, deletedAt: null } });
    if (!stale.ok) expect(stale.message).toMatch(/changed by Other Editor on .* UTC.*Nothing was deleted/);
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: null, version: 2, summary: "Saved meanwhile" });

    expect(await deleteEvent(id, { version: 2 }, otherEditor)).toMatchObject({ ok: true, data: { version: 3 } });
    // Deleting what is already deleted changes nothing, whatever version it names.
    expect(await deleteEvent(id, { version: 2 }, editor)).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await restoreEvent(id, { version: 2 }, editor)).toMatchObject({ ok: false, code: "conflict", current: { version: 3 } });
    expect(await db.event.findUniqueOrThrow({ where: { id } })).toMatchObject({ deletedAt: expect.any(Date), version: 3 });
  });

  it("answers a save of a version that was deleted since with the conflict, naming who deleted it", async () => {
    const created = await createEvent(monthEvent(uniqueTitle("Deleted meanwhile")), editor);
    if (!created.ok) throw new Error(created.message);
    expect(await deleteEvent(created.data.id, { version: 1 }, otherEditor)).toMatchObject({ ok: true });
    const stale = await updateEvent(created.data.id, { ...monthEvent(created.data.title), version: 1 }, editor);
    expect(stale).toMatchObject({ ok: false, code: "conflict", current: { version: 2, deletedAt: expect.any(String) } });
    if (!stale.ok) expect(stale.message).toMatch(/deleted by Other Editor/);
  });
});
