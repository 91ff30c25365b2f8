import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { POST as previewRoute } from "@/app/api/v1/imports/preview/route";
import { GET as listRoute, POST as importRoute } from "@/app/api/v1/imports/route";
import { POST as undoRoute } from "@/app/api/v1/imports/[id]/undo/route";
import { GET as listMappings, POST as saveMapping } from "@/app/api/v1/import-mappings/route";
import { MAX_STREAMED_UPLOAD_BYTES, MAX_UPLOAD_BYTES } from "@/lib/import/import-limits";
import { createEvent } from "@/lib/actions/events/create-event";
import { routeParams, routeRequest, signInAs } from "../support/route-request";
import { deleteEventsInBulk } from "./delete-in-bulk";

const run = randomUUID().slice(0, 8);
let admin: { cookie: string };
let viewer: { cookie: string };

/** A file upload as the wizard sends it: the raw bytes as the body, what it is in the query. */
function upload(path: string, body: string | Uint8Array, cookie?: string, headers: Record<string, string> = {}) {
  return new NextRequest(`http://localhost:3000${path}`, {
    method: "POST",
    headers: { host: "localhost:3000", ...(cookie ? { cookie } : {}), "content-type": "application/octet-stream", ...headers },
    body: (typeof body === "string" ? new TextEncoder().encode(body) : body) as unknown as BodyInit,
  });
}

const timeline = () => JSON.stringify({
  title: { text: { headline: `Malaysia and France ${run}`, text: "<p>Ties <script>alert(1)</script><em>renewed</em></p>" } },
  eras: [{ start_date: { year: 2025 }, end_date: { year: 2026 }, text: { headline: `Anwar's second year ${run}` } }],
  events: [
    { unique_id: `tl-year-${run}`, start_date: { year: 2019 }, text: { headline: `Year only ${run}` }, group: "Diplomacy" },
    { unique_id: `tl-month-${run}`, start_date: { year: 2019, month: 7 }, text: { headline: `Month only ${run}`, text: "<p>See <a href=\"https://www.bernama.com/\">Bernama</a></p>" } },
    { unique_id: `tl-time-${run}`, start_date: { year: 2019, month: 7, day: 4, hour: 10, minute: 30 }, text: { headline: `With a time ${run}` } },
  ],
});

beforeAll(async () => {
  [admin, viewer] = await Promise.all([signInAs("admin"), signInAs("viewer")]);
});

afterAll(async () => {
  await deleteEventsInBulk(`external_id LIKE 'stream-${run}-%'`);
  await db.$executeRawUnsafe(`DELETE FROM events WHERE title LIKE '%${run}%'`);
  await db.topic.deleteMany({ where: { name: { contains: run } } });
});

describe("the import routes", () => {
  it("refuses viewers and signed-out callers, and nothing is read", async () => {
    expect((await previewRoute(upload(`/api/v1/imports/preview?fileName=a.json`, timeline()))).status).toBe(401);
    expect((await previewRoute(upload(`/api/v1/imports/preview?fileName=a.json`, timeline(), viewer.cookie))).status).toBe(403);
    expect((await importRoute(upload(`/api/v1/imports?fileName=a.json`, timeline(), viewer.cookie))).status).toBe(403);
  });

  it("previews a TimelineJS file: precision kept, title slide and eras apart, times needing a zone", async () => {
    const withoutZone = await previewRoute(upload(`/api/v1/imports/preview?fileName=timeline.json`, timeline(), admin.cookie));
    expect(withoutZone.status).toBe(200);
    const first = (await withoutZone.json()).data;
    expect(first).toMatchObject({ format: "timelinejs-json", totalRows: 3, needsTimeZone: true, title: { headline: `Malaysia and France ${run}` }, eras: [{ headline: `Anwar's second year ${run}` }] });
    expect(first.title.text).not.toContain("script");

    const response = await previewRoute(upload(`/api/v1/imports/preview?fileName=timeline.json&timeZone=asia/kuala_lumpur`, timeline(), admin.cookie));
    const { data } = await response.json();
    expect(data).toMatchObject({ errorCount: 0, createCount: 3, updateCount: 0, needsTimeZone: false });
    expect(data.rows.map((row: { dateLabel: string; precision: string }) => [row.dateLabel, row.precision])).toEqual([
      ["2019", "known to the year"],
      ["July 2019", "known to the month"],
      ["4 July 2019, 10:30 (Asia/Kuala_Lumpur)", "known to the minute"],
    ]);
    expect(await db.event.count({ where: { title: { contains: run } } })).toBe(0);
  });

  it("imports it all or nothing, lists it, updates it on a second import, and undoes it", async () => {
    const path = `/api/v1/imports?fileName=timeline.json&timeZone=Asia/Kuala_Lumpur`;
    const created = await importRoute(upload(path, timeline(), admin.cookie));
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data).toMatchObject({ created: 3, updated: 0 });
    const timed = await db.event.findUniqueOrThrow({ where: { externalId: `tl-time-${run}` } });
    expect(timed).toMatchObject({ startPrecision: "minute", startValue: "2019-07-04T10:30", timeZone: "Asia/Kuala_Lumpur", earliest: Date.parse("2019-07-04T02:30:00Z") });
    // The group is a lane, and lanes are topics in Chronicle.
    const yearOnly = await db.event.findUniqueOrThrow({ where: { externalId: `tl-year-${run}` }, include: { topics: { include: { topic: true } } } });
    expect(yearOnly.topics.map((link) => link.topic.name)).toEqual(["Diplomacy"]);
    const month = await db.event.findUniqueOrThrow({ where: { externalId: `tl-month-${run}` } });
    expect(month.body).toContain("[Bernama](https://www.bernama.com/)");
    const batch = await db.importBatch.findUniqueOrThrow({ where: { id: data.batchId } });
    expect(JSON.parse(batch.details!)).toMatchObject({ title: { headline: `Malaysia and France ${run}` }, eras: [{ headline: `Anwar's second year ${run}` }] });

    const listed = await (await listRoute(routeRequest("GET", "/api/v1/imports", { cookie: admin.cookie }))).json();
    expect(listed.data[0]).toMatchObject({ id: data.batchId, fileName: "timeline.json", created: 3 });

    const again = await importRoute(upload(path, timeline(), admin.cookie));
    expect((await again.json()).data).toMatchObject({ created: 0, updated: 3 });
    const undone = await undoRoute(routeRequest("POST", `/api/v1/imports/${data.batchId}/undo`, { cookie: admin.cookie }), routeParams({ id: String(data.batchId) }));
    // The second import updated the first's events since: undoing the first would lose it.
    expect(undone.status).toBe(409);
  });

  it("answers bad uploads with a clear 4xx and writes nothing", async () => {
    const before = await db.event.count();
    const noName = await previewRoute(upload(`/api/v1/imports/preview`, timeline(), admin.cookie));
    expect(noName.status).toBe(400);
    expect((await noName.json()).error.message).toContain("fileName");
    const badZone = await previewRoute(upload(`/api/v1/imports/preview?fileName=a.json&timeZone=Mars/Olympus`, timeline(), admin.cookie));
    expect((await badZone.json()).error.message).toContain("Mars/Olympus");
    const truncated = await importRoute(upload(`/api/v1/imports?fileName=a.json`, timeline().slice(0, 200), admin.cookie));
    expect(truncated.status).toBe(400);
    const garbage = await importRoute(upload(`/api/v1/imports?fileName=a.csv`, new Uint8Array([0xff, 0xfe, 0x00, 0x41, 0xc3, 0x28]), admin.cookie));
    expect(garbage.status).toBe(400);
    const bomb = "[".repeat(10_000) + "]".repeat(10_000);
    const deep = await importRoute(upload(`/api/v1/imports?fileName=a.json`, bomb, admin.cookie));
    expect(deep.status).toBe(400);
    // A CSV file is read as it arrives and may be far larger than a JSON file, which is read whole.
    const tooLarge = await importRoute(upload(`/api/v1/imports?fileName=a.csv`, "x", admin.cookie, { "content-length": String(MAX_STREAMED_UPLOAD_BYTES + 1) }));
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.message).toContain("larger than 1 GB");
    const tooLargeJson = await importRoute(upload(`/api/v1/imports?fileName=a.json`, timeline(), admin.cookie, { "content-length": String(MAX_UPLOAD_BYTES + 1) }));
    expect(tooLargeJson.status).toBe(413);
    expect((await tooLargeJson.json()).error.message).toContain("larger than 50 MB");
    const badMapping = await importRoute(upload(`/api/v1/imports?fileName=a.csv&mapping=${encodeURIComponent(JSON.stringify({ version: 1, columns: [{ column: "Nowhere", field: "title" }] }))}`, `Headline,When\nA ${run},2025\n`, admin.cookie));
    expect(badMapping.status).toBe(400);
    expect((await badMapping.json()).error.message).toMatch(/^The column mapping cannot read the file: .*Nowhere/);
    const errors = await importRoute(upload(`/api/v1/imports?fileName=a.csv`, `Headline,When\nImpossible ${run},31 June 2025\n`, admin.cookie));
    expect(errors.status).toBe(400);
    expect((await errors.json()).error.errors).toEqual([expect.objectContaining({ line: 2, column: "When", message: expect.stringContaining("30 days") })]);
    expect(await db.event.count()).toBe(before);
  });

  it("warns of likely duplicates before importing: a similar title at an overlapping date, or the same source address", async () => {
    const { viewer: reviewer } = await signInAs("reviewer");
    const known = await createEvent({ title: `Sasana Symposium on digital finance ${run}`, start: { precision: "day", value: "2025-06-27" }, end: { precision: "day", value: "2025-06-28" }, status: "published", sources: [{ publisher: "BNM", url: `https://www.bnm.gov.my/${run}` }] }, reviewer);
    if (!known.ok) throw new Error(known.message);
    const csv = `Headline,When,Link\nSasana symposium on digital finance ${run},June 2025,\nSomething else entirely ${run},2019,https://www.bnm.gov.my/${run}\n`;
    const { data } = await (await previewRoute(upload(`/api/v1/imports/preview?fileName=dupes.csv`, csv, admin.cookie))).json();
    expect(data.duplicates).toEqual([
      expect.objectContaining({ line: 2, eventId: known.data.id, reason: expect.stringMatching(/^has a similar title \(\d of \d words\) and overlapping dates$/) }),
      expect.objectContaining({ line: 3, eventId: known.data.id, reason: expect.stringContaining("already cites") }),
    ]);
  });

  it("previews a CSV file as it arrives: its rows counted, a repeated id named with the line it repeats", async () => {
    const csv = ["ID,Headline,Date", ...Array.from({ length: 6_000 }, (_, index) => `preview-${run}-${index},Previewed ${index} ${run},2019-07`), `preview-${run}-17,Again ${run},2019-08`].join("\n");
    const response = await previewRoute(upload(`/api/v1/imports/preview?fileName=big.csv`, csv, admin.cookie));
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({ format: "csv", totalRows: 6_001, createCount: 6_001, errorCount: 1 });
    expect(data.rows).toHaveLength(500);
    expect(data.errors).toEqual([{ line: 6_002, column: "ID", message: "This row's id is already used on line 19; each event needs its own." }]);
    const broken = await previewRoute(upload(`/api/v1/imports/preview?fileName=broken.csv`, new Uint8Array([...new TextEncoder().encode(`${csv}\nBad,`), 0xc3, 0x28]), admin.cookie));
    expect(broken.status).toBe(400);
    expect((await broken.json()).error).toMatchObject({ code: "unreadable_file", message: expect.stringContaining("not UTF-8") });
  });

  it("saves a CSV mapping by name and lists it back for its owner", async () => {
    const mapping = { version: 1, columns: [{ column: "Headline", field: "title" }, { column: "When", field: "start" }] };
    const saved = await saveMapping(routeRequest("POST", "/api/v1/import-mappings", { cookie: admin.cookie, body: { name: `Newsroom ${run}`, mapping } }));
    expect(saved.status).toBe(201);
    const listed = await (await listMappings(routeRequest("GET", "/api/v1/import-mappings", { cookie: admin.cookie }))).json();
    expect(listed.data).toEqual(expect.arrayContaining([expect.objectContaining({ name: `Newsroom ${run}`, mapping })]));
    const bad = await saveMapping(routeRequest("POST", "/api/v1/import-mappings", { cookie: admin.cookie, body: { name: "", mapping: { version: 2, columns: [] } } }));
    expect(bad.status).toBe(400);
  });
  it("streams the import's progress when asked, then the same answer as its last line", async () => {
    const csv = ["ID,Headline,Date,Country", ...Array.from({ length: 12_000 }, (_, index) => `stream-${run}-${index},Streamed ${index} ${run},2019-07,MY`)].join("\n");
    const size = new TextEncoder().encode(csv).byteLength;
    const response = await importRoute(upload(`/api/v1/imports?fileName=stream.csv`, csv, admin.cookie, { accept: "application/x-ndjson, application/json", "content-type": "text/csv", "content-length": String(size) }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await response.text()).trim().split("\n").map((line) => JSON.parse(line));
    const progress = lines.slice(0, -1).map((line) => line.progress);
    // Every phase in order, the rows written counted up to the end.
    const phases = progress.map((report) => report.phase).filter((phase, index, all) => phase !== all[index - 1]);
    expect(phases).toEqual(["checking", "writing", "finishing"]);
    const written = progress.filter((report) => report.phase === "writing").map((report) => report.done);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written.at(-1)).toBeGreaterThanOrEqual(10_000);
    // A CSV file streams: its rows are not counted before they are read, and the bar follows the file instead.
    expect(progress.every((report) => report.total === null)).toBe(true);
    const read = progress.filter((report) => report.phase === "writing").map((report) => report.read);
    expect(read).toEqual([...read].sort((a, b) => a - b));
    expect(read[0]).toBeGreaterThan(0);
    expect(read.at(-1)).toBe(1);
    expect(lines.at(-1)).toMatchObject({ status: 201, body: { data: { created: 12_000, updated: 0 } } });

    // Updating 1,500 of those events while adding 500: still each phase once, in order, the written rows rising.
    const again = ["ID,Headline,Date,Country", ...Array.from({ length: 2_000 }, (_, index) => `stream-${run}-${index + 10_500},Streamed again ${index} ${run},2019-08,MY`)].join("\n");
    const mixed = await importRoute(upload(`/api/v1/imports?fileName=again.csv`, again, admin.cookie, { accept: "application/x-ndjson", "content-type": "text/csv" }));
    const mixedLines = (await mixed.text()).trim().split("\n").map((line) => JSON.parse(line));
    const mixedProgress = mixedLines.slice(0, -1).map((line) => line.progress);
    expect(mixedProgress.map((report) => report.phase).filter((phase, index, all) => phase !== all[index - 1])).toEqual(["checking", "writing", "finishing"]);
    const mixedWritten = mixedProgress.filter((report) => report.phase === "writing").map((report) => report.done);
    expect(mixedWritten).toEqual([...mixedWritten].sort((a, b) => a - b));
    expect(mixedWritten.at(-1)).toBeGreaterThanOrEqual(1_500);
    expect(mixedLines.at(-1)).toMatchObject({ status: 201, body: { data: { created: 500, updated: 1_500 } } });

    // A refusal arrives the same way, with every problem.
    const refused = await importRoute(upload(`/api/v1/imports?fileName=bad.csv`, `ID,Headline,Date,Country\nbad-${run},Bad ${run},2019-07,ZZ`, admin.cookie, { accept: "application/x-ndjson", "content-type": "text/csv" }));
    const last = (await refused.text()).trim().split("\n").map((line) => JSON.parse(line)).at(-1);
    expect(last).toMatchObject({ status: 400, body: { error: { code: "invalid_input", errors: [{ line: 2, column: "Country", message: "There is no country with the code “ZZ”." }] } } });
    expect(await db.event.count({ where: { externalId: `bad-${run}` } })).toBe(0);
  }, 120_000);
});
