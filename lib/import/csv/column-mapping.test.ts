import { describe, expect, it } from "vitest";
import { columnMappingSchema, mappingProblems, suggestMapping } from "./column-mapping";

describe("suggestMapping", () => {
  it("maps odd headers by name and synonym", () => {
    const headers = ["Event", "When", "End date", "Details", "Link", "Outlet", "Country", "Topic(s)", "Actor(s)", "Importance", "Status", "External ID", "Parent", "Internal note"];
    expect(suggestMapping(headers)).toEqual({
      version: 1,
      columns: [
        { column: "Event", field: "title" },
        { column: "When", field: "start" },
        { column: "End date", field: "end" },
        { column: "Details", field: "summary" },
        { column: "Link", field: "source.url" },
        { column: "Outlet", field: "source.publisher" },
        { column: "Country", field: "countries" },
        { column: "Topic(s)", field: "topics" },
        { column: "Actor(s)", field: "actors" },
        { column: "Importance", field: "importance" },
        { column: "Status", field: "status" },
        { column: "External ID", field: "externalId" },
        { column: "Parent", field: "parent" },
      ],
    });
  });

  it("gives a description the body when a summary column exists, wherever it stands", () => {
    expect(suggestMapping(["Description", "Summary", "Headline", "Start Date"]).columns).toEqual([
      { column: "Description", field: "body" },
      { column: "Summary", field: "summary" },
      { column: "Headline", field: "title" },
      { column: "Start Date", field: "start" },
    ]);
  });

  it("maps the first of two title-like columns, and lets several columns feed a list", () => {
    expect(suggestMapping(["Name", "Title", "Topic", "Tags", "SOURCE_URL", "ID"]).columns).toEqual([
      { column: "Name", field: "title" },
      { column: "Topic", field: "topics" },
      { column: "Tags", field: "topics" },
      { column: "SOURCE_URL", field: "source.url" },
      { column: "ID", field: "externalId" },
    ]);
  });

  it("is plain JSON that reads back through its schema", () => {
    const mapping = suggestMapping(["Headline", "Date"]);
    expect(columnMappingSchema.parse(JSON.parse(JSON.stringify(mapping)))).toEqual(mapping);
    expect(columnMappingSchema.safeParse({ version: 2, columns: [] }).success).toBe(false);
  });
});

describe("mappingProblems", () => {
  it("asks for a title and a date, and for columns the file has", () => {
    expect(mappingProblems({ version: 1, columns: [{ column: "Notes", field: "body" }] }, ["Headline", "Notes"])).toEqual([
      "No column is mapped to the title, and every event needs one.",
      "No column is mapped to the date, and every event needs one.",
    ]);
    expect(mappingProblems({ version: 1, columns: [{ column: "Title", field: "title" }, { column: "Date", field: "start" }] }, ["Title", "When"])).toEqual([
      "The mapping reads a column “Date” that this file does not have.",
    ]);
  });

  it("refuses two columns for a single field", () => {
    const mapping = { version: 1 as const, columns: [{ column: "A", field: "title" as const }, { column: "B", field: "title" as const }, { column: "D", field: "start" as const }] };
    expect(mappingProblems(mapping, ["A", "B", "D"])).toEqual(["Both “A” and “B” are mapped to title; choose one."]);
  });
});
