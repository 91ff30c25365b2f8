import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { updateEvent } from "@/lib/actions/events/update-event";
import { commitImport } from "@/lib/actions/import/commit-import";
import { undoImport } from "@/lib/actions/import/undo-import";
import { PreparedChunk } from "@/lib/actions/import/prepared-chunk";
import { ChunkRowChangedError } from "@/lib/actions/import/update-imported-events";
import { writeImportChunk } from "@/lib/actions/import/write-import-chunk";
import { withDerivedTriggersOff } from "@/lib/actions/import/with-derived-triggers-off";
import { restoreEvent } from "@/lib/actions/events/restore-event";
import type { Role } from "@/lib/domain/roles";
import type { Viewer } from "@/lib/domain/viewer";
import { readChronicleJson } from "@/lib/import/chronicle-json/read-chronicle-json";
import type { ImportRow } from "@/lib/import/import-row";
import { getEventForEdit, readEditableEvent } from "@/lib/queries/get-event-for-edit";
import { parseEventState, toEventState } from "@/lib/revisions/event-state";
import { expectedEventCounts, storedEventCounts, type RawQuery } from "./event-counts-reference";
import { expectedPairCounts, storedPairCounts } from "./event-pair-counts-reference";
import { deleteEventsInBulk } from "./delete-in-bulk";
import { tableDigest } from "./table-digest";
import { rebuildEventCountsSql } from "@/lib/db/event-counts-sql";
import { countEvents } from "@/lib/queries/find-events";
import { filterFromQuery } from "../support/filter-from-query";

const query: RawQuery = (sql) => db.$queryRawUnsafe(sql);
const run = randomUUID().slice(0, 8);
let reviewer: Viewer;
let editor: Viewer;

async function makeViewer(role: Role): Promise<Viewer> {
  const email = `import-${role}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: `Import ${role}`, role, password: "integration-test-password" });
  return { userId: id, role, name: `Import ${role}`, email };
}

// Count rows that went back to zero stay where triggers wrote them; a rebuild writes none.
const nonZero = (table: string) => `(SELECT * FROM ${table} WHERE n1 <> 0 OR n2 <> 0 OR n3 <> 0 OR n4 <> 0 OR n5 <> 0) ${table}`;
// A link day's packed links are a set: the order they were packed in depends on the plan that read them.
const sortedSet = (column: string) =>
  dialect === "postgres" ? `ARRAY(SELECT unnest(${column}) ORDER BY 1) AS ${column}` : `(SELECT json_group_array(value) FROM (SELECT value FROM json_each(${column}) ORDER BY value)) AS ${column}`;
const linkDaysAsSets = `(SELECT dim, member, status, first_day, event_id, last_day, importance, ${["topics", "actors", "countries"].map(sortedSet).join(", ")} FROM event_link_days) event_link_days`;
const DERIVED_TABLES = ["event_actor_kinds", nonZero("event_counts"), nonZero("event_pair_counts"), linkDaysAsSets];

/** The derived tables as they are, and as a rebuild from every event writes them (in a transaction rolled back). */
async function derivedTablesAndRebuild() {
  let found: { stored: unknown; rebuilt: unknown } | undefined;
  await db.$transaction(async (tx) => {
    const read = (sql: string) => tx.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    const stored = await tableDigest(DERIVED_TABLES, read);
    for (const statement of rebuildEventCountsSql(dialect)) await tx.$executeRawUnsafe(statement);
    found = { stored, rebuilt: await tableDigest(DERIVED_TABLES, read) };
    throw new RolledBack();
  }, { timeout: 120_000 }).catch((error: unknown) => {
    if (!(error instanceof RolledBack)) throw error;
  });
  return found!;
}

class RolledBack extends Error {}

/** Rows of the search index with no event, and events with none (on PostgreSQL, in either of its tables). */
const SEARCH_INDEX_MISMATCHES =
  dialect === "postgres"
    ? `SELECT (SELECT count(*) FROM event_search s WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.event_id))
        + (SELECT count(*) FROM event_search_fields f WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = f.event_id))
        + (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_search s WHERE s.event_id = e.id))
        + (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_search_fields f WHERE f.event_id = e.id)) AS n`
    : `SELECT (SELECT count(*) FROM event_search WHERE rowid NOT IN (SELECT id FROM events)) + (SELECT count(*) FROM events WHERE id NOT IN (SELECT rowid FROM event_search)) AS n`;

async function expectCountTablesToMatchEvents() {
  expect(Number((await query(SEARCH_INDEX_MISMATCHES))[0]!.n)).toBe(0);
  expect(await storedEventCounts(query)).toEqual(await expectedEventCounts(query));
  expect(await storedPairCounts(query)).toEqual(await expectedPairCounts(query));
  const { stored, rebuilt } = await derivedTablesAndRebuild();
  expect(stored).toEqual(rebuilt);
}

function rowsOf(events: Record<string, unknown>[]): ImportRow[] {
  const read = readChronicleJson({ format: "chronicle", version: 1, events });
  if (!read.ok) throw new Error(read.message);
  return read.rows;
}

const sasana = (title = `Sasana Symposium ${run}`) => ({
  externalId: `sasana-${run}`,
  title,
  summary: "Central bankers and fintech leaders discuss tokenised deposits.",
  start: { precision: "day", value: "27 June 2025" },
  end: { precision: "day", value: "2025-06-28" },
  dateLabel: "27–28 June",
  actors: ["Bank Negara Malaysia"],
  status: "published",
  topics: [`Imported topic ${run}`],
  countries: ["MY"],
  sources: [{ publisher: "Bank Negara Malaysia", url: "https://www.bnm.gov.my/" }, { publisher: "The Edge", title: "Sasana 2025", url: "", publishedOn: "2025-06", author: "A. Writer", quote: "" }],
});
const panel = () => ({
  externalId: `sasana-panel-${run}`,
  title: `Sasana panel on tokenised deposits ${run}`,
  start: { precision: "day", value: "2025-06-27" },
  status: "published",
  parent: { externalId: `sasana-${run}` },
  relations: [{ type: "part_of", target: { externalId: `sasana-${run}` } }],
  countries: ["MY"],
});
const visit = () => ({
  externalId: `paris-${run}`,
  title: `Paris visit ${run}`,
  start: { precision: "minute", value: "2025-07-03 18:05" },
  timeZone: "europe/paris",
  status: "published",
  countries: ["FR", "MY"],
});

beforeAll(async () => {
  [reviewer, editor] = await Promise.all([makeViewer("reviewer"), makeViewer("editor")]);
});

afterAll(async () => {
  await db.$executeRawUnsafe(`DELETE FROM events WHERE external_id LIKE '%${run}%' OR title LIKE '%${run}%'`);
  await db.topic.deleteMany({ where: { name: { contains: run } } });
  await expectCountTablesToMatchEvents();
});

describe("commitImport", () => {
  let batchId: number;

  it("creates every row with its links, parent and relations, one revision each naming the batch, and one audit entry", async () => {
    // A row a chunk: the panel's parent and relation name an event written in an earlier one.
    const result = await commitImport({ fileName: "sasana.json", format: "chronicle-json", rows: rowsOf([sasana(), panel(), visit()]), chunkRows: 1 }, reviewer);
    expect(result).toMatchObject({ ok: true, data: { created: 3, updated: 0, newTopics: [`Imported topic ${run}`] } });
    if (!result.ok) return;
    batchId = result.data.batchId;
    const events = await db.event.findMany({ where: { importBatchId: batchId }, orderBy: { id: "asc" }, include: { topics: true, countries: true, relationsFrom: true } });
    expect(events.map((event) => event.externalId)).toEqual([`sasana-${run}`, `sasana-panel-${run}`, `paris-${run}`]);
    const [symposium, panelEvent] = events;
    expect(panelEvent!.parentId).toBe(symposium!.id);
    expect(panelEvent!.relationsFrom).toEqual([expect.objectContaining({ toId: symposium!.id, type: "part_of" })]);
    expect(symposium).toMatchObject({ startPrecision: "day", startValue: "2025-06-27", endValue: "2025-06-28", status: "published" });
    const revisions = await db.eventRevision.findMany({ where: { batchId } });
    expect(revisions.map((revision) => [revision.action, revision.via])).toEqual(Array(3).fill(["create", "import"]));
    // The revision holds the whole event, the links written after the rows included.
    const panelRevision = revisions.find((revision) => revision.eventId === panelEvent!.id)!;
    expect(JSON.parse(panelRevision.state)).toMatchObject({ parentId: symposium!.id, relations: [{ type: "part_of", targetId: symposium!.id }] });
    // Written without reading the events back, each revision holds exactly what reading them back gives.
    for (const revision of revisions) {
      const event = await readEditableEvent(db, revision.eventId);
      expect(parseEventState(revision.state)).toEqual(toEventState(event!));
      expect(revision.version).toBe(event!.values.version);
    }
    const audit = await db.auditEntry.findMany({ where: { action: { startsWith: "import." }, detail: { contains: `"batch":${batchId}` } } });
    expect(audit.map((entry) => entry.action)).toEqual(["import.commit"]);
    expect(await db.auditEntry.count({ where: { action: "event.create", eventId: { in: events.map((event) => event.id) } } })).toBe(0);
    await expectCountTablesToMatchEvents();
  });

  it("writes a large file's derived rows in bulk exactly as the triggers would, and leaves the triggers in place", { timeout: 120_000 }, async () => {
    const triggers = () => query(dialect === "postgres" ? "SELECT tgname::text AS name FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1" : "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY 1");
    const triggersBefore = await triggers();
    const [lastChange] = await query("SELECT max(seq) AS seq FROM event_changes");
    const word = `tapestry${run.replace(/[^a-z]/g, "")}`;
    const events = Array.from({ length: 2_000 }, (_, index) => ({
      externalId: `many-${run}-${index}`,
      title: `Many ${index} ${run}`,
      start: index % 5 ? { precision: "month", value: `${1990 + (index % 40)}-${String(1 + (index % 12)).padStart(2, "0")}` } : { precision: "unknown" },
      ...(index % 5 === 0 ? { end: { precision: "year", value: "2001" } } : index % 7 === 0 && { end: { precision: "ongoing" } }),
      importance: 1 + (index % 5),
      status: index % 3 ? "published" : "draft",
      countries: index % 4 ? [["MY"], ["FR", "MY"], ["CN"]][index % 3] : [],
      topics: index % 6 ? [`Imported topic ${run}`, ...(index % 2 ? [`Second topic ${run}`] : [])] : [],
      actors: index % 5 ? [`Imported actor ${run} ${index % 9}`] : [],
      sources: [{ publisher: "AFP", title: index === 1_234 ? `A ${word} of sources` : "Wire copy", url: `https://many.example/${run}/${index}` }],
    }));
    // Written in three chunks, each with its own derived rows: together they must equal what the triggers would write.
    const result = await commitImport({ fileName: "many.json", format: "chronicle-json", rows: rowsOf(events), chunkRows: 700 }, reviewer);
    expect(result, JSON.stringify(result).slice(0, 600)).toMatchObject({ ok: true, data: { created: 2_000 } });
    if (result.ok) expect(await db.eventRevision.count({ where: { batchId: result.data.batchId, action: "create" } })).toBe(2_000);
    expect(await triggers()).toEqual(triggersBefore);
    await expectCountTablesToMatchEvents();
    // Searchable by its sources' titles, through the event matrix, which learns of the events from the change log.
    expect(await countEvents(await filterFromQuery(`q=${word}`), reviewer)).toBe(1);
    expect(await countEvents(await filterFromQuery(`q=${encodeURIComponent(`Many 1234 ${run}`)}`), reviewer)).toBeGreaterThanOrEqual(1);
    const changed = await query(`SELECT count(DISTINCT c.event_id) AS n FROM event_changes c JOIN events e ON e.id = c.event_id WHERE c.seq > ${Number(lastChange?.seq ?? 0)} AND e.external_id LIKE 'many-${run}-%'`);
    expect(Number(changed[0]!.n)).toBe(2_000);
  });

  // The bench's clean-up.
  it("deletes those events in bulk, taking their derived rows away as the triggers would", { timeout: 120_000 }, async () => {
    await deleteEventsInBulk(`external_id LIKE 'many-${run}-%'`);
    expect(await db.event.count({ where: { externalId: { startsWith: `many-${run}-` } } })).toBe(0);
    expect(await db.source.count({ where: { url: { startsWith: `https://many.example/${run}/` } } })).toBe(0);
    await expectCountTablesToMatchEvents();
    expect(await countEvents(await filterFromQuery(`q=tapestry${run.replace(/[^a-z]/g, "")}`), reviewer)).toBe(0);
  });

  it("updates the events a row's external id names instead of adding them twice", async () => {
    const before = await db.event.count();
    const result = await commitImport({ fileName: "sasana-again.json", format: "chronicle-json", rows: rowsOf([sasana(`Sasana Symposium, revised ${run}`), panel(), visit()]) }, reviewer);
    expect(result).toMatchObject({ ok: true, data: { created: 0, updated: 3 } });
    expect(await db.event.count()).toBe(before);
    const symposium = await db.event.findUniqueOrThrow({ where: { externalId: `sasana-${run}` } });
    expect(symposium).toMatchObject({ title: `Sasana Symposium, revised ${run}`, version: 2 });
    await expectCountTablesToMatchEvents();
    // Written set-based, each update has its revision as reading the event back gives it, its parent and relation too.
    if (result.ok) {
      const revisions = await db.eventRevision.findMany({ where: { batchId: result.data.batchId } });
      expect(revisions.map((revision) => [revision.action, revision.via, revision.version])).toEqual(Array(3).fill(["update", "import", 2]));
      for (const revision of revisions) expect(parseEventState(revision.state)).toEqual(toEventState((await readEditableEvent(db, revision.eventId))!));
      const panelEvent = await db.event.findUniqueOrThrow({ where: { externalId: `sasana-panel-${run}` }, include: { relationsFrom: true } });
      expect(panelEvent.parentId).toBe(symposium.id);
      expect(panelEvent.relationsFrom).toEqual([expect.objectContaining({ toId: symposium.id, type: "part_of" })]);
    }
    // The search index follows the new title.
    expect(await countEvents(await filterFromQuery(`q=${encodeURIComponent(`revised ${run}`)}`), reviewer)).toBe(1);

    // Undoing the update brings the first import's state back; the events stay.
    if (!result.ok) return;
    expect(await undoImport(result.data.batchId, reviewer)).toMatchObject({ ok: true, data: { trashed: 0, reverted: 3 } });
    expect(await db.event.findUniqueOrThrow({ where: { externalId: `sasana-${run}` } })).toMatchObject({ title: `Sasana Symposium ${run}`, version: 3 });
    expect(await undoImport(result.data.batchId, reviewer)).toMatchObject({ ok: false, code: "conflict" });
    await expectCountTablesToMatchEvents();
  });

  it("refuses an update whose event changed since the import read it, and writes none of its chunk", async () => {
    const symposium = await db.event.findUniqueOrThrow({ where: { externalId: `sasana-${run}` } });
    const before = await tableDigest(["events", "sources", "event_topics", "event_countries", ...DERIVED_TABLES], query);
    const result = await db
      .$transaction(async (tx) => {
        const data = { ...(await readEditableEvent(tx, symposium.id))!.values, title: `Never written ${run}`, parentId: null, relations: [] };
        const { version: _version, ...input } = data;
        const chunk = new PreparedChunk({ batchId: symposium.importBatchId!, viewer: reviewer, now: new Date() });
        chunk.add({ id: symposium.id, data: input, slug: symposium.slug, externalId: symposium.externalId, existing: { id: symposium.id, version: symposium.version - 1 }, state: null });
        await withDerivedTriggersOff(tx, (run) => writeImportChunk(tx, run, chunk));
      })
      .catch((error: unknown) => error);
    expect(result).toBeInstanceOf(ChunkRowChangedError);
    expect((result as ChunkRowChangedError).index).toBe(0);
    expect(await tableDigest(["events", "sources", "event_topics", "event_countries", ...DERIVED_TABLES], query)).toEqual(before);
  });

  it("refuses to undo an import whose events were edited since, and undoes it as a whole once they are not", async () => {
    const rows = rowsOf([{ ...visit(), externalId: `undo-${run}`, title: `To undo ${run}` }, { ...visit(), externalId: `undo-2-${run}`, title: `To undo too ${run}` }]);
    const result = await commitImport({ fileName: "undo.json", format: "chronicle-json", rows }, reviewer);
    if (!result.ok) throw new Error(result.message);
    const edited = await db.event.findUniqueOrThrow({ where: { externalId: `undo-${run}` } });
    const values = (await getEventForEdit(edited.id))!.values;
    expect(await updateEvent(edited.id, { ...values, summary: "Edited after the import" }, reviewer, "form")).toMatchObject({ ok: true });
    expect(await undoImport(result.data.batchId, reviewer)).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining(`To undo ${run}`) });
    expect(await db.event.count({ where: { importBatchId: result.data.batchId, deletedAt: null } })).toBe(2);

    const second = await commitImport({ fileName: "undo-again.json", format: "chronicle-json", rows: rowsOf([{ ...visit(), externalId: `undo-3-${run}`, title: `Undone whole ${run}` }]) }, reviewer);
    if (!second.ok) throw new Error(second.message);
    expect(await undoImport(second.data.batchId, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await undoImport(second.data.batchId, reviewer)).toMatchObject({ ok: true, data: { trashed: 1, reverted: 0 } });
    const trashed = await db.event.findFirstOrThrow({ where: { title: `Undone whole ${run}` } });
    expect(trashed.deletedAt).not.toBeNull();
    // Its external id is free again: the same file imports anew.
    expect(await commitImport({ fileName: "undo-again.json", format: "chronicle-json", rows: rowsOf([{ ...visit(), externalId: `undo-3-${run}`, title: `Undone whole ${run}` }]) }, reviewer)).toMatchObject({ ok: true, data: { created: 1 } });
    await expectCountTablesToMatchEvents();
  });

  it("undoes a large import in bulk: each created event trashed with its own revision, the counts as the triggers would leave them", { timeout: 120_000 }, async () => {
    const word = `loom${run.replace(/[^a-z]/g, "")}`;
    const events = Array.from({ length: 600 }, (_, index) => ({
      externalId: `bulk-undo-${run}-${index}`,
      title: `Bulk undo ${index} ${word} ${run}`,
      start: index % 4 ? { precision: "day", value: `2011-${String(1 + (index % 12)).padStart(2, "0")}-${String(1 + (index % 28)).padStart(2, "0")}` } : { precision: "unknown" },
      ...((index % 4 === 0 || index % 9 === 0) && { end: { precision: "ongoing" } }),
      importance: 1 + (index % 5),
      status: index % 2 ? "published" : "draft",
      countries: index % 3 ? [["MY"], ["FR", "MY"]][index % 2] : [],
      topics: index % 5 ? [`Imported topic ${run}`] : [],
      actors: index % 4 ? [`Imported actor ${run} ${index % 7}`] : [],
      sources: [{ publisher: "AFP", title: "Wire copy", url: `https://bulk-undo.example/${run}/${index}` }],
    }));
    const imported = await commitImport({ fileName: "bulk-undo.json", format: "chronicle-json", rows: rowsOf(events) }, reviewer);
    if (!imported.ok) throw new Error(imported.message);
    expect(await countEvents(await filterFromQuery(`q=${word}&status=draft`), reviewer)).toBe(300);

    expect(await undoImport(imported.data.batchId, reviewer)).toMatchObject({ ok: true, data: { trashed: 600, reverted: 0 } });
    const trashed = await db.event.findMany({ where: { importBatchId: imported.data.batchId }, select: { id: true, deletedAt: true, externalId: true, version: true, updatedById: true }, orderBy: { id: "asc" } });
    expect(trashed).toHaveLength(600);
    expect(trashed.every((event) => event.deletedAt !== null && event.externalId === null && event.version === 2 && event.updatedById === reviewer.userId)).toBe(true);
    // One "delete" revision each, holding exactly what reading the trashed event gives, as writeRevision writes it.
    const revisions = await db.eventRevision.findMany({ where: { batchId: imported.data.batchId, action: "delete" } });
    expect(revisions).toHaveLength(600);
    for (const revision of revisions.slice(0, 50)) {
      const event = await readEditableEvent(db, revision.eventId);
      expect(revision).toMatchObject({ version: 2, via: "import", reason: `Undo of import ${imported.data.batchId}`, authorId: reviewer.userId });
      expect(parseEventState(revision.state)).toEqual(toEventState(event!));
    }
    await expectCountTablesToMatchEvents();
    expect(await countEvents(await filterFromQuery(`q=${word}&status=draft`), reviewer)).toBe(0);

    // Nothing is lost: one comes back from the trash, counted and found again.
    const back = trashed[1]!;
    expect(await restoreEvent(back.id, { version: 2 }, reviewer)).toMatchObject({ ok: true });
    await expectCountTablesToMatchEvents();
    expect(await countEvents(await filterFromQuery(`q=${word}`), reviewer)).toBe(1);
  });

  it("refuses a file with any problem, naming rows and columns, and writes nothing", async () => {
    const before = await tableDigest();
    const result = await commitImport({
      fileName: "bad.json",
      format: "chronicle-json",
      rows: rowsOf([visit(), { ...visit(), externalId: `bad-${run}`, countries: ["ZZ"] }, { ...visit(), externalId: `bad-2-${run}`, parent: { slug: `no-such-event-${run}` } }]),
    }, reviewer);
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok || !("errors" in result)) throw new Error("expected errors");
    expect(result.errors.map((error) => [error.line, error.column])).toEqual([[2, "countries"], [3, "parent"]]);
    expect(await tableDigest()).toEqual(before);
  });

  it("lets an editor import drafts but not publish or change a published event", async () => {
    const result = await commitImport({ fileName: "editor.json", format: "chronicle-json", rows: rowsOf([sasana(), { ...visit(), externalId: `draft-${run}`, status: "draft" }]) }, editor);
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok || !("errors" in result)) throw new Error("expected errors");
    expect(result.errors).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining("reviewer or admin") })]);
    expect(await commitImport({ fileName: "editor.json", format: "chronicle-json", rows: rowsOf([{ ...visit(), externalId: `draft-${run}`, status: "draft" }]) }, editor)).toMatchObject({ ok: true, data: { created: 1 } });
  });
});

describe("an import that fails part-way", () => {
  it("fails on row 9,000 and leaves every table exactly as before", async () => {
    const poison = `Row 9000 breaks ${run}`;
    // A trigger that refuses one title stands for anything the database may refuse in the middle of a long import.
    if (dialect === "postgres") {
      await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION import_test_refuse() RETURNS trigger AS $$ BEGIN IF NEW.title = '${poison}' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`CREATE TRIGGER import_test_refuse BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION import_test_refuse()`);
    } else {
      await db.$executeRawUnsafe(`CREATE TRIGGER import_test_refuse BEFORE INSERT ON events WHEN NEW.title = '${poison}' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`);
    }
    try {
      const events = Array.from({ length: 9_000 }, (_, index) => ({
        externalId: `bulk-${run}-${index}`,
        title: index === 8_999 ? poison : `Bulk event ${index} ${run}`,
        start: { precision: "year", value: String(1990 + (index % 30)) },
        status: "published",
        countries: [index % 2 ? "MY" : "FR"],
        topics: [`Imported topic ${run}`],
      }));
      const before = await tableDigest();
      const result = await commitImport({ fileName: "bulk.json", format: "chronicle-json", rows: rowsOf(events) }, reviewer);
      // Rows are written a few thousand to a statement: the failure names the rows of the one that failed.
      expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^The import failed at rows \d+–9000; nothing was imported\.$/) });
      expect(await tableDigest()).toEqual(before);
      expect(await db.event.count({ where: { externalId: { startsWith: `bulk-${run}-` } } })).toBe(0);
    } finally {
      await db.$executeRawUnsafe(dialect === "postgres" ? "DROP TRIGGER IF EXISTS import_test_refuse ON events" : "DROP TRIGGER IF EXISTS import_test_refuse");
    }
    await expectCountTablesToMatchEvents();
  }, 300_000);
});
