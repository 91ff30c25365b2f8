import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import { decideEvent } from "@/lib/actions/review/decide-event";
import { decidePendingChange } from "@/lib/actions/review/decide-pending-change";
import { withdrawPendingChange } from "@/lib/actions/review/withdraw-pending-change";
import { updateAppSettings } from "@/lib/actions/settings/update-app-settings";
import { POST as reviewRoute } from "@/app/api/v1/events/[id]/review/route";
import { PATCH as patchEventRoute } from "@/app/api/v1/events/[id]/route";
import { POST as decideChangeRoute } from "@/app/api/v1/pending-changes/[id]/route";
import type { Role } from "@/lib/domain/roles";
import type { Viewer } from "@/lib/domain/viewer";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { getEventBySlug } from "@/lib/queries/get-event-by-slug";
import { listReviewQueue } from "@/lib/queries/review/list-review-queue";
import { readReviewNotes } from "@/lib/queries/review/read-review-notes";
import { expectedEventCounts, storedEventCounts, type RawQuery } from "./event-counts-reference";
import { expectedPairCounts, storedPairCounts } from "./event-pair-counts-reference";
import { ANONYMOUS } from "@/lib/domain/viewer";
import { countMatchingEvents } from "@/lib/queries/count-matching-events";
import { countFromEvents } from "@/lib/queries/counts/plan-count";
import { findEvents } from "@/lib/queries/find-events";
import { currentMatrix } from "@/lib/queries/matrix/matrix-source";
import { filterFromQuery } from "../support/filter-from-query";
import { routeParams, routeRequest, signInAs } from "../support/route-request";

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const created: number[] = [];

async function makeViewer(role: Role, name: string): Promise<Viewer> {
  const email = `review-${role}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name, role, password: "integration-test-password" });
  return { userId: id, role, name, email };
}

let editor: Viewer;
let reviewer: Viewer;
let admin: Viewer;
let topicId: number;
let topicSlug: string;

const draftInput = (title: string, extra: Record<string, unknown> = {}) => ({
  title: `${title} ${randomUUID().slice(0, 8)}`,
  start: { precision: "month", value: "2025-07" },
  importance: 3,
  topicIds: [topicId],
  countryCodes: ["MY"],
  sources: [{ publisher: "Bernama", url: "https://www.bernama.com/en/" }],
  ...extra,
});

async function create(title: string, by: Viewer, extra: Record<string, unknown> = {}) {
  const result = await createEvent(draftInput(title, extra), by, "form");
  if (!result.ok) throw new Error(JSON.stringify(result));
  created.push(result.data.id);
  return result.data;
}

async function editValues(id: number) {
  const event = await getEventForEdit(id);
  if (!event) throw new Error(`no event ${id}`);
  return event.values;
}

const revisionsOf = (eventId: number) => db.eventRevision.findMany({ where: { eventId }, orderBy: { version: "asc" }, select: { version: true, action: true, via: true, reason: true, authorId: true, state: true } });

async function expectCountTablesToMatchEvents() {
  expect(await storedEventCounts(query)).toEqual(await expectedEventCounts(query));
  expect(await storedPairCounts(query)).toEqual(await expectedPairCounts(query));
}

beforeAll(async () => {
  [editor, reviewer, admin] = await Promise.all([makeViewer("editor", "Eda Editor"), makeViewer("reviewer", "Rhea Reviewer"), makeViewer("admin", "Ada Admin")]);
  ({ id: topicId, slug: topicSlug } = await db.topic.findFirstOrThrow({ orderBy: { id: "asc" } }));
  // Loaded before the writes, so that it must follow the status changes through the change log.
  expect(await currentMatrix()).not.toBeNull();
});

afterAll(async () => {
  await updateAppSettings({ holdPublishedEdits: false }, admin);
  if (created.length) await db.$executeRawUnsafe(`DELETE FROM events WHERE id IN (${created.join(", ")})`);
  await expectCountTablesToMatchEvents();
});

describe("who publishes", () => {
  it("lets an editor save a draft or submit, and refuses to let them publish, with the reason on the status field", async () => {
    const before = await db.event.count();
    const refused = await createEvent(draftInput("Editor publishes", { status: "published" }), editor, "form");
    expect(refused).toMatchObject({ ok: false, code: "forbidden", fieldErrors: { status: [expect.stringContaining("reviewer or admin")] } });
    expect(await db.event.count()).toBe(before);

    const submitted = await create("Editor submits", editor, { status: "in_review" });
    expect((await revisionsOf(submitted.id)).map((r) => r.action)).toEqual(["create"]);
    const values = await editValues(submitted.id);
    expect(await updateEvent(submitted.id, { ...values, status: "published" }, editor, "form")).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateEvent(submitted.id, { ...values, status: "unpublished" }, editor, "form")).toMatchObject({ ok: false, code: "forbidden" });
    expect((await editValues(submitted.id)).status).toBe("in_review");
  });

  it("records a submit from the form as its own step, and keeps an editor from unpublishing", async () => {
    const draft = await create("Draft to submit", editor);
    const values = await editValues(draft.id);
    const submitted = await updateEvent(draft.id, { ...values, status: "in_review" }, editor, "form");
    expect(submitted).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await revisionsOf(draft.id)).map((r) => [r.action, r.via])).toEqual([["create", "form"], ["submit", "form"]]);

    const published = await decideEvent(draft.id, { decision: "publish", version: 2 }, reviewer);
    expect(published).toMatchObject({ ok: true, data: { version: 3 } });
    const now = await editValues(draft.id);
    expect(now.status).toBe("published");
    expect(await updateEvent(draft.id, { ...now, status: "draft" }, editor, "form")).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("stays published") });
    expect(await decideEvent(draft.id, { decision: "unpublish", version: 3 }, editor)).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("review decisions", () => {
  it("publishes a submission as one revision via review, and readers see it", async () => {
    const event = await create("Published by review", editor, { status: "in_review" });
    expect(await getEventBySlug(event.slug, { userId: null, role: "anonymous" })).toBeNull();
    const result = await decideEvent(event.id, { decision: "publish", version: event.version, comment: "Checked the sources." }, reviewer);
    expect(result).toMatchObject({ ok: true, data: { version: 2 } });
    const revisions = await revisionsOf(event.id);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]).toMatchObject({ version: 2, action: "publish", via: "review", reason: "Checked the sources.", authorId: reviewer.userId });
    expect(JSON.parse(revisions[1]!.state)).toMatchObject({ status: "published", title: event.title });
    expect(await getEventBySlug(event.slug, { userId: null, role: "anonymous" })).toMatchObject({ title: event.title });
    await expectCountTablesToMatchEvents();
  });

  it("sends back only with a comment, which the editor then sees on the edit page", async () => {
    const event = await create("Sent back", editor, { status: "in_review" });
    const bare = await decideEvent(event.id, { decision: "send_back", version: event.version }, reviewer);
    expect(bare).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { comment: [expect.stringContaining("Say what the editor should change")] } });
    expect((await editValues(event.id)).version).toBe(event.version);

    expect(await decideEvent(event.id, { decision: "send_back", version: event.version, comment: "Name the second source." }, reviewer)).toMatchObject({ ok: true });
    expect((await editValues(event.id)).status).toBe("draft");
    const notes = await readReviewNotes(event.id, editor);
    expect(notes.sentBack).toMatchObject({ by: "Rhea Reviewer", comment: "Name the second source." });
    expect((await revisionsOf(event.id)).at(-1)).toMatchObject({ action: "send_back", via: "review", reason: "Name the second source." });
  });

  it("refuses a decision on a version that moved on, or on an event in the wrong status, and writes nothing", async () => {
    const event = await create("Stale decision", editor, { status: "in_review" });
    const values = await editValues(event.id);
    expect(await updateEvent(event.id, { ...values, summary: "Edited while waiting." }, editor, "form")).toMatchObject({ ok: true });
    expect(await decideEvent(event.id, { decision: "publish", version: event.version }, reviewer)).toMatchObject({ ok: false, code: "conflict" });
    const draft = await create("Not submitted", editor);
    expect(await decideEvent(draft.id, { decision: "send_back", version: draft.version, comment: "?" }, reviewer)).toMatchObject({ ok: false, code: "invalid_input", message: expect.stringContaining("is draft") });
    expect(await decideEvent(draft.id, { decision: "archive", version: draft.version }, reviewer)).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { decision: [expect.any(String)] } });
    expect((await revisionsOf(event.id)).length).toBe(2);
    expect((await revisionsOf(draft.id)).length).toBe(1);
  });

  it("answers the review endpoint with 403 for an editor, 400 for a bad decision and 200 for a reviewer", async () => {
    const event = await create("Reviewed by API", editor, { status: "in_review" });
    const asEditor = await signInAs("editor");
    const asReviewer = await signInAs("reviewer");
    const path = `/api/v1/events/${event.id}/review`;
    expect((await reviewRoute(routeRequest("POST", path, { cookie: asEditor.cookie, body: { decision: "publish", version: 1 } }), routeParams({ id: String(event.id) }))).status).toBe(403);
    expect((await reviewRoute(routeRequest("POST", path, { cookie: asReviewer.cookie, body: { decision: "send_back", version: 1 } }), routeParams({ id: String(event.id) }))).status).toBe(400);
    const ok = await reviewRoute(routeRequest("POST", path, { cookie: asReviewer.cookie, body: { decision: "publish", version: 1 } }), routeParams({ id: String(event.id) }));
    expect(ok.status).toBe(200);
    expect((await editValues(event.id)).status).toBe("published");
  });
});

describe("the status filter", () => {
  it("lists and counts each status, matrix and SQL alike, and readers only ever the published", async () => {
    const submitted = await create("Filter in review", editor, { status: "in_review" });
    const unpublished = await create("Filter unpublished", reviewer, { status: "published" });
    expect(await decideEvent(unpublished.id, { decision: "unpublish", version: 1, comment: "Source withdrawn." }, reviewer)).toMatchObject({ ok: true });
    for (const status of ["draft", "in_review", "published", "unpublished", "any"]) {
      const filter = await filterFromQuery(`status=${status}&topic=${topicSlug}`);
      for (const viewer of [ANONYMOUS, editor]) {
        expect(await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY), `${status} ${viewer.role}`).toEqual(await countMatchingEvents(filter, viewer, Number.POSITIVE_INFINITY, countFromEvents));
      }
    }
    const titles = async (query: string, viewer: Viewer) => (await findEvents({ filter: await filterFromQuery(query), viewer, pageSize: 500 })).rows.map((row) => row.title);
    expect(await titles(`status=in_review&topic=${topicSlug}`, editor)).toContain(submitted.title);
    expect(await titles(`status=in_review&topic=${topicSlug}`, editor)).not.toContain(unpublished.title);
    expect(await titles(`status=unpublished&topic=${topicSlug}`, editor)).toEqual(expect.arrayContaining([unpublished.title]));
    expect(await titles(`status=unpublished&topic=${topicSlug}`, ANONYMOUS)).not.toContain(unpublished.title);
  });
});

describe("edits to published events held for review", () => {
  beforeAll(async () => {
    expect(await updateAppSettings({ holdPublishedEdits: true }, admin)).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await updateAppSettings({ holdPublishedEdits: false }, admin);
  });

  async function publishedEvent(title: string) {
    const event = await create(title, reviewer, { status: "published" });
    return { ...event, values: await editValues(event.id) };
  }

  it("keeps the published version for readers while the change waits, then applies it on approval as one revision", async () => {
    const event = await publishedEvent("Held edit");
    const held = await updateEvent(event.id, { ...event.values, title: `${event.title} (revised)`, reason: "Better title" }, editor, "form");
    expect(held).toMatchObject({ ok: true, data: { version: 1, pendingChangeId: expect.any(Number) } });
    expect(await getEventBySlug(event.slug, { userId: null, role: "anonymous" })).toMatchObject({ title: event.title });
    expect((await revisionsOf(event.id)).length).toBe(1);

    const queue = await listReviewQueue(500);
    const item = queue.items.find((entry) => entry.changeId === (held.ok ? held.data.pendingChangeId : -1));
    expect(item).toMatchObject({ kind: "change", by: "Eda Editor", reason: "Better title", changes: [{ field: "Title", before: event.title, after: `${event.title} (revised)` }] });

    const approved = await decidePendingChange(item!.changeId!, { decision: "approve" }, reviewer);
    expect(approved).toMatchObject({ ok: true, data: { version: 2, title: `${event.title} (revised)` } });
    const revisions = await revisionsOf(event.id);
    expect(revisions).toHaveLength(2);
    expect(revisions[1]).toMatchObject({ action: "approve", via: "review", authorId: reviewer.userId, reason: expect.stringContaining("Eda Editor's change: Better title") });
    expect(await getEventBySlug(event.slug, { userId: null, role: "anonymous" })).toMatchObject({ title: `${event.title} (revised)` });
    expect(await decidePendingChange(item!.changeId!, { decision: "approve" }, reviewer)).toMatchObject({ ok: false, code: "conflict" });
    await expectCountTablesToMatchEvents();
  });

  it("replaces an author's own pending change on a second save, and lets them withdraw it", async () => {
    const event = await publishedEvent("Saved twice");
    const first = await updateEvent(event.id, { ...event.values, summary: "First try." }, editor, "form");
    const second = await updateEvent(event.id, { ...event.values, summary: "Second try." }, editor, "form");
    expect(first.ok && second.ok && first.data.pendingChangeId === second.data.pendingChangeId).toBe(true);
    const notes = await readReviewNotes(event.id, editor);
    expect(notes.myPending).toMatchObject({ values: { summary: "Second try." } });
    expect(await withdrawPendingChange(notes.myPending!.id, reviewer)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await withdrawPendingChange(notes.myPending!.id, editor)).toMatchObject({ ok: true });
    expect((await readReviewNotes(event.id, editor)).myPending).toBeNull();
    expect((await revisionsOf(event.id)).length).toBe(1);
  });

  it("rejects with a comment the author sees, and the published event stays as it was", async () => {
    const event = await publishedEvent("Rejected edit");
    const held = await updateEvent(event.id, { ...event.values, importance: 5, countryCodes: ["FR"] }, editor, "form");
    const changeId = held.ok ? held.data.pendingChangeId! : -1;
    expect(await decidePendingChange(changeId, { decision: "reject" }, reviewer)).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { comment: [expect.any(String)] } });
    expect(await decidePendingChange(changeId, { decision: "reject", comment: "France is not involved." }, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await decidePendingChange(changeId, { decision: "reject", comment: "France is not involved." }, reviewer)).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await editValues(event.id)).toMatchObject({ importance: 3, countryCodes: ["MY"], version: 1 });
    expect((await readReviewNotes(event.id, editor)).myRejected).toMatchObject({ by: "Rhea Reviewer", comment: "France is not involved." });
    expect((await revisionsOf(event.id)).length).toBe(1);
    await expectCountTablesToMatchEvents();
  });

  it("merges a change with an edit made since, and refuses when both changed the same field", async () => {
    const event = await publishedEvent("Merged approval");
    const summaryChange = await updateEvent(event.id, { ...event.values, summary: "From the editor." }, editor, "form");
    const other = await makeViewer("editor", "Otto Other");
    const titleChange = await updateEvent(event.id, { ...event.values, title: `${event.title} retitled`, summary: "From the other editor." }, other, "form");
    // A reviewer's own edit applies at once, moving the event on from both changes' base.
    expect(await updateEvent(event.id, { ...event.values, importance: 4 }, reviewer, "form")).toMatchObject({ ok: true, data: { version: 2 } });

    expect(await decidePendingChange(summaryChange.ok ? summaryChange.data.pendingChangeId! : -1, { decision: "approve" }, reviewer)).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await editValues(event.id)).toMatchObject({ importance: 4, summary: "From the editor." });
    const conflict = await decidePendingChange(titleChange.ok ? titleChange.data.pendingChangeId! : -1, { decision: "approve" }, reviewer);
    expect(conflict).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("summary") });
    expect((await editValues(event.id)).title).toBe(event.title);
  });

  it("answers an editor's API edit of a published event with 202, and the change endpoint lets a reviewer approve it", async () => {
    const event = await publishedEvent("Held through the API");
    const asEditor = await signInAs("editor");
    const asReviewer = await signInAs("reviewer");
    const patched = await patchEventRoute(routeRequest("PATCH", `/api/v1/events/${event.id}`, { cookie: asEditor.cookie, body: { ...event.values, summary: "Via the API." } }), routeParams({ id: String(event.id) }));
    expect(patched.status).toBe(202);
    const { data } = (await patched.json()) as { data: { pendingChangeId: number; version: number } };
    expect(data.version).toBe(1);
    const path = `/api/v1/pending-changes/${data.pendingChangeId}`;
    expect((await decideChangeRoute(routeRequest("POST", path, { cookie: asEditor.cookie, body: { decision: "approve" } }), routeParams({ id: String(data.pendingChangeId) }))).status).toBe(403);
    expect((await decideChangeRoute(routeRequest("POST", path, { cookie: asReviewer.cookie, body: { decision: "approve" } }), routeParams({ id: String(data.pendingChangeId) }))).status).toBe(200);
    expect((await editValues(event.id)).summary).toBe("Via the API.");
  });

  it("applies a reviewer's own edit of a published event at once", async () => {
    const event = await publishedEvent("Reviewer edits");
    expect(await updateEvent(event.id, { ...event.values, summary: "Straight in." }, reviewer, "form")).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await revisionsOf(event.id)).map((r) => r.action)).toEqual(["create", "update"]);
  });
});
