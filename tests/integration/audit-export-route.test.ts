import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as exportAudit } from "@/app/admin/audit/export/route";
import { AUDIT_CSV_HEADER } from "@/lib/audit/audit-csv";
import { routeRequest, signInAs } from "../support/route-request";

/** One event id no real event has: its entries are this file's own. */
const eventId = 800_000_000 + randomInt(1_000_000);
const ENTRIES = 1205;
let adminCookie: string;
let editorCookie: string;

const download = (query: string, cookie?: string) => exportAudit(routeRequest("GET", `/admin/audit/export${query}`, { cookie }));

beforeAll(async () => {
  const [admin, editor] = await Promise.all([signInAs("admin", "Export Admin"), signInAs("editor", "Export Editor")]);
  adminCookie = admin.cookie;
  editorCookie = editor.cookie;
  // More than one batch of the export, newest last.
  await db.auditEntry.createMany({
    data: Array.from({ length: ENTRIES - 1 }, (_, i) => ({ action: "event.update", eventId, actorId: admin.viewer.userId, actorEmail: admin.viewer.email, createdAt: new Date(Date.UTC(2003, 0, 1) + i * 1000), detail: JSON.stringify({ version: i + 1, via: "api" }) })),
  });
  await db.auditEntry.create({
    data: { action: "sign_in.failed", eventId, actorEmail: '=HYPERLINK("http://evil.example","x")', address: "203.0.113.9", createdAt: new Date(Date.UTC(2004, 0, 1)), detail: JSON.stringify({ reason: "Invalid email, or password" }) },
  });
});

describe("GET /admin/audit/export", () => {
  it("answers 401 signed out and 403 to a role other than admin, as JSON", async () => {
    const signedOut = await download(`?event=${eventId}`);
    expect(signedOut.status).toBe(401);
    expect((await signedOut.json()).error).toMatchObject({ code: "unauthenticated", message: "Sign in to export the audit log." });
    const editor = await download(`?event=${eventId}`, editorCookie);
    expect(editor.status).toBe(403);
    expect((await editor.json()).error).toMatchObject({ code: "forbidden", message: "Only admins can export the audit log." });
  });

  it("answers 400 with the messages when the filter is not valid", async () => {
    const response = await download("?kind=logins&before=3", adminCookie);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid_parameters");
    expect(error.params.map((p: { param: string }) => p.param).sort()).toEqual(["before", "kind"]);
  });

  it("streams the filtered entries as CSV, newest first, in batches, with formulas neutralised", async () => {
    const response = await download(`?event=${eventId}`, adminCookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="chronicle-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await response.text();
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(AUDIT_CSV_HEADER.join(","));
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(ENTRIES + 2);
    expect(lines[1]).toContain(`,sign_in.failed,Sign-in failed,,"'=HYPERLINK(""http://evil.example"",""x"")",,${eventId},,203.0.113.9,"{""reason"":""Invalid email, or password""}"`);
    expect(lines[1]).toMatch(/^\d+,2004-01-01T00:00:00\.000Z,/);
    expect(lines[2]).toContain(`,2003-01-01T00:20:03.000Z,event.update,Edited an event,`);
    expect(lines.at(-2)).toContain(`,2003-01-01T00:00:00.000Z,event.update,`);

    const failures = await download(`?event=${eventId}&action=sign_in.failed`, adminCookie);
    expect((await failures.text()).split("\r\n")).toHaveLength(3);
  });
});
