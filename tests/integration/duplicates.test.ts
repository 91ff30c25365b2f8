import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/events/duplicates/route";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { deleteEvent } from "@/lib/actions/events/delete-event";
import { db } from "@/lib/db/client";
import { eventDateBounds } from "@/lib/dates/event-date";
import type { Role } from "@/lib/domain/roles";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { findDuplicateEvents, type DuplicateProbe } from "@/lib/queries/duplicates/find-duplicate-events";
import { readEventDate } from "@/lib/schemas/event-input";
import { routeRequest, signInAs } from "../support/route-request";

const run = randomUUID().slice(0, 8);
const SOURCES = `https://duplicates-${run}.example.org`;
const SYMPOSIUM = "Sasana Symposium on digital finance";
const JUNE_27_28 = { start: { precision: "day", value: "2025-06-27" }, end: { precision: "day", value: "2025-06-28" } };
const created: number[] = [];
const ids = { symposium: 0, deleted: 0, report: 0 };

async function makeViewer(role: Role): Promise<Viewer> {
  const email = `duplicates-${role}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: `Duplicates ${role}`, role, password: "integration-test-password" });
  return { userId: id, role, email };
}

async function create(by: Viewer, input: Record<string, unknown>) {
  const result = await createEvent({ importance: 3, status: "draft", ...input }, by, "form");
  if (!result.ok) throw new Error(JSON.stringify(result));
  created.push(result.data.id);
  return result.data;
}

/** The probe the form sends for a title, a date as the form holds it and source addresses. */
function probe(title: string, date: { start: { precision: string; value: string }; end?: { precision: string; value: string } } | null, urls: string[] = [], exclude: number | null = null): DuplicateProbe {
  const eventDate = date && readEventDate({ start: date.start, end: date.end ?? { precision: "none", value: "" }, approximate: false } as Parameters<typeof readEventDate>[0]);
  return { title, period: eventDate ? eventDateBounds(eventDate) : null, urls, exclude };
}

const idsOf = (found: { id: number }[]) => found.map((event) => event.id);
let editor: Viewer;

beforeAll(async () => {
  const admin = await makeViewer("admin");
  editor = await makeViewer("editor");
  ids.symposium = (await create(admin, { title: SYMPOSIUM, ...JUNE_27_28, sources: [{ publisher: "Bernama", url: `${SOURCES}/sasana` }] })).id;
  const deleted = await create(admin, { title: SYMPOSIUM, ...JUNE_27_28, sources: [{ publisher: "Bernama", url: `${SOURCES}/deleted` }] });
  ids.deleted = deleted.id;
  const removal = await deleteEvent(deleted.id, { version: deleted.version }, admin);
  if (!removal.ok) throw new Error(JSON.stringify(removal));
  ids.report = (await create(admin, { title: "Quarterly harbour statistics", start: { precision: "month", value: "2011-02" }, sources: [{ publisher: "Port authority", url: `${SOURCES}/report/` }] })).id;
});

afterAll(async () => {
  await db.event.deleteMany({ where: { id: { in: created } } });
});

describe("findDuplicateEvents", () => {
  const JUNE = { start: { precision: "month", value: "2025-06" } };

  it("finds an event with a similar title at an overlapping date, drafts included, never a deleted one", async () => {
    const found = await findDuplicateEvents(probe("Sasana symposium digital finance 2025", JUNE), editor);
    expect(found.find((event) => event.id === ids.symposium)).toEqual({
      id: ids.symposium,
      slug: expect.any(String),
      title: SYMPOSIUM,
      dateLabel: "27–28 June 2025",
      status: "draft",
      reasons: ["similar title (4 of 4 words) and overlapping dates"],
    });
    expect(idsOf(found)).not.toContain(ids.deleted);
  });

  it("does not take the same title at another date for the same event", async () => {
    const found = await findDuplicateEvents(probe(SYMPOSIUM, { start: { precision: "year", value: "2019" } }), editor);
    expect(idsOf(found)).not.toContain(ids.symposium);
  });

  it("reaches a few days past the date, not months", async () => {
    expect(idsOf(await findDuplicateEvents(probe(SYMPOSIUM, { start: { precision: "day", value: "2025-07-02" } }), editor))).toContain(ids.symposium);
    expect(idsOf(await findDuplicateEvents(probe(SYMPOSIUM, { start: { precision: "month", value: "2025-09" } }), editor))).not.toContain(ids.symposium);
  });

  it("does not call a title similar for a word or two in common", async () => {
    const found = await findDuplicateEvents(probe("Sasana symposium closing dinner for bankers", JUNE), editor);
    expect(idsOf(found)).not.toContain(ids.symposium);
  });

  it("finds an event citing the same address whatever its title and date, with or without the trailing slash", async () => {
    const found = await findDuplicateEvents(probe("Something else entirely", null, [`${SOURCES}/report`]), editor);
    expect(found).toEqual([{ id: ids.report, slug: expect.any(String), title: "Quarterly harbour statistics", dateLabel: "February 2011", status: "draft", reasons: [`same source address ${SOURCES}/report/`] }]);
    expect(await findDuplicateEvents(probe("", null, [`${SOURCES}/deleted`]), editor)).toEqual([]);
  });

  it("puts an event matching both ways first, with both reasons", async () => {
    const [first] = await findDuplicateEvents(probe("Sasana symposium digital finance", JUNE, [`${SOURCES}/sasana`]), editor);
    expect(first).toMatchObject({ id: ids.symposium, reasons: [`same source address ${SOURCES}/sasana`, "similar title (4 of 4 words) and overlapping dates"] });
  });

  it("never offers the event being edited", async () => {
    const found = await findDuplicateEvents(probe(SYMPOSIUM, JUNE_27_28, [`${SOURCES}/sasana`], ids.symposium), editor);
    expect(idsOf(found)).not.toContain(ids.symposium);
  });

  it("shows someone who cannot edit published events only", async () => {
    expect(idsOf(await findDuplicateEvents(probe(SYMPOSIUM, JUNE, [`${SOURCES}/sasana`]), ANONYMOUS))).not.toContain(ids.symposium);
  });
});

describe("GET /api/v1/events/duplicates", () => {
  const get = (query: string, cookie?: string) => GET(routeRequest("GET", `/api/v1/events/duplicates?${query}`, { cookie }));
  const query = new URLSearchParams({ title: "Sasana symposium digital finance", start: "2025-06", startPrecision: "month", urls: `${SOURCES}/sasana` }).toString();

  it("answers an editor with the likely duplicates", async () => {
    const { cookie } = await signInAs("editor");
    const response = await get(query, cookie);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data[0]).toMatchObject({ id: ids.symposium, title: SYMPOSIUM, dateLabel: "27–28 June 2025", status: "draft" });
    expect(data.length).toBeLessThanOrEqual(5);
    const excluded = await (await get(`${query}&exclude=${ids.symposium}`, cookie)).json();
    expect(idsOf(excluded.data)).not.toContain(ids.symposium);
  });

  it("answers 401 signed out and 403 to a viewer", async () => {
    expect((await get(query)).status).toBe(401);
    const { cookie } = await signInAs("viewer");
    expect((await get(query, cookie)).status).toBe(403);
  });

  it("answers 400 naming each bad parameter", async () => {
    const { cookie } = await signInAs("editor");
    const response = await get("title=x&start=2025-13&urls=ftp://example.org/a&exclude=abc&colour=red", cookie);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.params.map((problem: { param: string }) => problem.param).sort()).toEqual(["colour", "exclude", "start", "urls"]);
    const backwards = await (await get("start=2025-06-28&startPrecision=day&end=2025-06-01&endPrecision=day", cookie)).json();
    expect(backwards.error.params.map((problem: { param: string }) => problem.param)).toEqual(["end"]);
    expect((await get("start=2025-06&startPrecision=day", cookie)).status).toBe(400);
  });
});
