import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { GET as listRevisions } from "@/app/api/v1/events/[id]/revisions/route";
import { GET as readRevision } from "@/app/api/v1/events/[id]/revisions/[version]/route";
import { POST as restoreRevision } from "@/app/api/v1/events/[id]/revisions/[version]/restore/route";
import type { Viewer } from "@/lib/domain/viewer";
import { routeParams, routeRequest, signInAs } from "../support/route-request";

let editor: { viewer: Viewer; cookie: string };
let reader: { viewer: Viewer; cookie: string };
let id: number;

beforeAll(async () => {
  [editor, reader] = await Promise.all([signInAs("editor", "Route Historian"), signInAs("viewer")]);
  const created = await createEvent({ title: "Revisions over HTTP", start: { precision: "year", value: "2024" }, sources: [{ publisher: "Bernama", url: "https://www.bernama.com/r" }] }, editor.viewer);
  if (!created.ok) throw new Error(created.message);
  id = created.data.id;
  const values = (await getEventForEdit(id))!.values;
  const edited = await updateEvent(id, { ...values, summary: "Second version", sources: [] }, editor.viewer);
  if (!edited.ok) throw new Error(edited.message);
});

afterAll(async () => {
  await db.event.deleteMany({ where: { id } });
});

describe("/api/v1/events/:id/revisions", () => {
  it("lists an event's revisions newest first, for editors only", async () => {
    const path = `/api/v1/events/${id}/revisions`;
    const answer = await listRevisions(routeRequest("GET", path, { cookie: editor.cookie }), routeParams({ id: String(id) }));
    expect(answer.status).toBe(200);
    const { data } = (await answer.json()) as { data: { version: number; action: string; via: string; authorName: string }[] };
    expect(data.map((r) => [r.version, r.action, r.via, r.authorName])).toEqual([
      [2, "update", "api", "Route Historian"],
      [1, "create", "api", "Route Historian"],
    ]);
    expect((await listRevisions(routeRequest("GET", path, { cookie: reader.cookie }), routeParams({ id: String(id) }))).status).toBe(403);
    expect((await listRevisions(routeRequest("GET", path), routeParams({ id: String(id) }))).status).toBe(401);
    expect((await listRevisions(routeRequest("GET", "/api/v1/events/abc/revisions", { cookie: editor.cookie }), routeParams({ id: "abc" }))).status).toBe(400);
    expect((await listRevisions(routeRequest("GET", "/api/v1/events/2147483647/revisions", { cookie: editor.cookie }), routeParams({ id: "2147483647" }))).status).toBe(404);
  });

  it("reads one revision with the event it recorded and what it changed", async () => {
    const answer = await readRevision(routeRequest("GET", `/api/v1/events/${id}/revisions/2`, { cookie: editor.cookie }), routeParams({ id: String(id), version: "2" }));
    expect(answer.status).toBe(200);
    const { data } = (await answer.json()) as { data: { state: { summary: string; sources: unknown[] }; changes: { field: string; before: string | null; after: string | null }[] } };
    expect(data.state).toMatchObject({ summary: "Second version", sources: [] });
    expect(data.changes).toContainEqual({ field: "Summary", before: null, after: "Second version" });
    expect(data.changes).toContainEqual({ field: "Sources", before: "Bernama · https://www.bernama.com/r", after: null });
    const missing = await readRevision(routeRequest("GET", `/api/v1/events/${id}/revisions/9`, { cookie: editor.cookie }), routeParams({ id: String(id), version: "9" }));
    expect(missing.status).toBe(404);
    expect((await readRevision(routeRequest("GET", `/api/v1/events/${id}/revisions/x`, { cookie: editor.cookie }), routeParams({ id: String(id), version: "x" }))).status).toBe(400);
  });

  it("brings a revision back as a new version, on top of the version the caller saw", async () => {
    const stale = await restoreRevision(routeRequest("POST", `/api/v1/events/${id}/revisions/1/restore?version=1`, { cookie: editor.cookie }), routeParams({ id: String(id), version: "1" }));
    expect(stale.status).toBe(409);
    expect((await restoreRevision(routeRequest("POST", `/api/v1/events/${id}/revisions/1/restore?version=2`, { cookie: reader.cookie }), routeParams({ id: String(id), version: "1" }))).status).toBe(403);
    const restored = await restoreRevision(routeRequest("POST", `/api/v1/events/${id}/revisions/1/restore?version=2`, { cookie: editor.cookie }), routeParams({ id: String(id), version: "1" }));
    expect(restored.status).toBe(200);
    expect((await getEventForEdit(id))!.values).toMatchObject({ version: 3, summary: "", sources: [{ publisher: "Bernama", url: "https://www.bernama.com/r" }] });
  });
});
