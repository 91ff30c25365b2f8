import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { countEvents } from "@/lib/queries/find-events";
import { filterFromQuery } from "../support/filter-from-query";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { commitImport } from "@/lib/actions/import/commit-import";
import type { Viewer } from "@/lib/domain/viewer";
import { readChronicleJson } from "@/lib/import/chronicle-json/read-chronicle-json";
import type { ImportRow } from "@/lib/import/import-row";
import { ImportFileError } from "@/lib/import/text-encoding";
import { tableDigest } from "./table-digest";

const run = randomUUID().slice(0, 8);
let admin: Viewer;

/** Chronicle JSON events as rows, numbered from `firstLine`; read apart, so the reader cannot see repeats across them. */
function rowsOf(events: Record<string, unknown>[], firstLine = 1): ImportRow[] {
  const read = readChronicleJson({ format: "chronicle", version: 1, events });
  if (!read.ok) throw new Error(read.message);
  const shift = firstLine - 1;
  return read.rows.map((row) => ({ ...row, line: row.line + shift, errors: row.errors.map((error) => ({ ...error, line: error.line + shift })) }));
}

/** The rows as a file read as it arrives: one at a time, each after a pause, then perhaps a failure of the file. */
async function* streamOf(rows: ImportRow[], failure?: Error): AsyncGenerator<ImportRow> {
  for (const row of rows) {
    await new Promise((resolve) => setImmediate(resolve));
    yield row;
  }
  if (failure) throw failure;
}

const event = (key: string, extra: Record<string, unknown> = {}) => ({
  externalId: `streamed-${run}-${key}`,
  title: `Streamed ${run} ${key}`,
  start: { precision: "month", value: "2025-07" },
  status: "draft",
  countries: ["MY"],
  ...extra,
});

beforeAll(async () => {
  const { id } = await createUserWithPassword({ email: `streamed-${run}@chronicle.test`, name: "Streamed import", role: "admin", password: "integration-test-password" });
  admin = { userId: id, role: "admin", name: "Streamed import", email: `streamed-${run}@chronicle.test` };
});

afterAll(async () => {
  await db.$executeRawUnsafe(`DELETE FROM events WHERE external_id LIKE 'streamed-${run}-%'`);
});

describe("an import read as it arrives, two rows a chunk", () => {
  it("checks each chunk against those before it: one title, four slugs; a parent named by a row further down", async () => {
    const same = `Same title ${run}`;
    const rows = rowsOf([
      event("a", { title: same }),
      event("b", { title: same }),
      event("c", { title: same, parent: { externalId: `streamed-${run}-e` } }),
      event("d"),
      event("e", { title: same }),
    ]);
    const result = await commitImport({ fileName: "streamed.json", format: "chronicle-json", rows: streamOf(rows), chunkRows: 2 }, admin);
    expect(result).toMatchObject({ ok: true, data: { created: 5, updated: 0 } });
    const written = await db.event.findMany({ where: { externalId: { startsWith: `streamed-${run}-` } }, select: { externalId: true, slug: true, parentId: true, id: true }, orderBy: { externalId: "asc" } });
    const slug = `same-title-${run}`;
    expect(written.map((row) => row.slug)).toEqual([slug, `${slug}-2`, `${slug}-3`, `streamed-${run}-d`, `${slug}-4`]);
    expect(written[2]!.parentId).toBe(written[4]!.id);
    const revision = await db.eventRevision.findFirstOrThrow({ where: { eventId: written[2]!.id } });
    expect(JSON.parse(revision.state)).toMatchObject({ parentId: written[4]!.id, slug: `${slug}-3` });
  });

  it("stops writing at the first problem, still lists those of the rows after it, and leaves every table as before", async () => {
    const before = await tableDigest();
    const rows = [
      ...rowsOf([event("f"), event("g"), event("h"), event("i"), event("i2"), event("i3")]),
      // Line 7 repeats line 1's id three chunks later, when line 1 is written (the reader of the file saw them apart, and
      // no chunk queued for writing holds it: only the database can tell).
      ...rowsOf([event("f"), event("j", { countries: ["ZZ"] }), event("k"), event("l", { start: { precision: "day", value: "31 June 2025" } })], 7),
    ];
    const result = await commitImport({ fileName: "streamed-bad.json", format: "chronicle-json", rows: streamOf(rows), chunkRows: 2 }, admin);
    if (result.ok || !("errors" in result)) throw new Error("expected the import to be refused");
    expect(result.message).toBe("3 problems in the file; nothing was imported.");
    expect(result.errors.map((error) => [error.line, error.column])).toEqual([[7, "externalId"], [8, "countries"], [10, "start.value"]]);
    expect(result.errors[0]!.message).toBe(`The id “streamed-${run}-f” is already used on an earlier line; each event needs its own.`);
    expect(await tableDigest()).toEqual(before);
  });

  it("finds an id repeated from a chunk still queued for writing, by its line", async () => {
    const before = await tableDigest();
    // Line 5 is checked while the chunks of lines 1–2 and 3–4 wait to be written: their claims tell, not the database.
    const rows = [...rowsOf([event("r"), event("s"), event("t"), event("u")]), ...rowsOf([event("r")], 5)];
    const result = await commitImport({ fileName: "streamed-queued.json", format: "chronicle-json", rows: streamOf(rows), chunkRows: 2 }, admin);
    if (result.ok || !("errors" in result)) throw new Error("expected the import to be refused");
    expect(result.errors).toEqual([{ line: 5, column: "externalId", message: `The id “streamed-${run}-r” is already used on line 1; each event needs its own.` }]);
    expect(await tableDigest()).toEqual(before);
  });

  it("refuses a file that goes wrong part-way, with what is wrong with it, after rows were written, and keeps none", async () => {
    const before = await tableDigest();
    const broken = new ImportFileError("The file is not UTF-8 text: byte 901, on line 7, is not valid UTF-8.");
    const result = await commitImport({ fileName: "streamed-cut.json", format: "chronicle-json", rows: streamOf(rowsOf([event("m"), event("n"), event("o"), event("p"), event("q")]), broken), chunkRows: 2 }, admin);
    expect(result).toMatchObject({ ok: false, code: "invalid_input", message: `${broken.message} Nothing was imported.` });
    expect(await tableDigest()).toEqual(before);
    expect(await db.event.count({ where: { externalId: { startsWith: `streamed-${run}-m` } } })).toBe(0);
  });

  it("indexes what it wrote for search as the database's own function would: accents, punctuation, sources, updates", async () => {
    const word = `quilt${run.replace(/[^a-z]/g, "")}`;
    const accented = event("search-1", {
      title: `Élysée talks ${word}`,
      summary: "Rail-link: FINANCING, financing & more",
      body: "The **corridor** is 665 km; see https://example.org/a_b",
      sources: [{ publisher: "AFP", title: "State visit Kelvin" }, { publisher: "Bernama", title: `Second ${word}source` }],
    });
    const plain = event("search-2", { title: `Plain ASCII ${word}`, summary: "", body: "" });
    const result = await commitImport({ fileName: "search.json", format: "chronicle-json", rows: streamOf(rowsOf([accented, plain])), chunkRows: 1 }, admin);
    expect(result).toMatchObject({ ok: true, data: { created: 2 } });
    const found = async (q: string) => countEvents(await filterFromQuery(`q=${encodeURIComponent(q)}`), admin);
    expect(await found(`elysee ${word}`)).toBe(1);
    expect(await found(`${word}source`)).toBe(1);
    expect(await found(`${word} financing corridor`)).toBe(1);
    expect(await found(`plain ${word}`)).toBe(1);
    // Updated by a second import, the new words are found and the old ones no longer.
    const again = await commitImport({ fileName: "search-again.json", format: "chronicle-json", rows: streamOf(rowsOf([{ ...plain, title: `Quite different ${word}` }])) }, admin);
    expect(again).toMatchObject({ ok: true, data: { updated: 1 } });
    expect(await found(`plain ${word}`)).toBe(0);
    expect(await found(`different ${word}`)).toBe(1);
    if (dialect === "postgres") {
      // Exactly the document the database's function builds from the stored event, and the per-field lexemes with it.
      const [mismatches] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM events e JOIN event_search s ON s.event_id = e.id
        JOIN event_search_fields f ON f.event_id = e.id
        WHERE e.external_id LIKE 'streamed-${run}-search-%' AND (s.document <> event_search_document(e.title, e.summary, (SELECT string_agg(title, ' ') FROM sources WHERE event_id = e.id), e.body)
          OR f.fields <> event_search_field_lexemes(s.document))`);
      const [indexed] = await db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS n FROM event_search s JOIN events e ON e.id = s.event_id WHERE e.external_id LIKE 'streamed-${run}-search-%'`);
      expect([Number(mismatches!.n), Number(indexed!.n)]).toEqual([0, 2]);
    }
  });
});
