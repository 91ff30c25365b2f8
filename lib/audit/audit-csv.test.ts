import { describe, expect, it } from "vitest";
import { AUDIT_CSV_HEADER, neutralizeFormula, toAuditCsvRecord } from "./audit-csv";

const entry = {
  id: 12,
  createdAt: new Date("2026-12-07T09:05:03.250Z"),
  action: "sign_in.failed",
  actor: null,
  actorEmail: "=HYPERLINK(\"http://evil.example\")",
  eventId: null,
  subjectId: null,
  address: "203.0.113.9",
  detailJson: '{"status":401}',
};

describe("the audit CSV", () => {
  it("has one cell per column, ISO UTC times and the action's label", () => {
    const record = toAuditCsvRecord({ ...entry, actorEmail: "ana@example.org", actor: { id: "u1", name: "Ana", email: "ana@example.org" }, eventId: 7, subjectId: "u2", action: "event.purge" });
    expect(record).toHaveLength(AUDIT_CSV_HEADER.length);
    expect(record).toEqual(["12", "2026-12-07T09:05:03.250Z", "event.purge", "Purged an event for good", "u1", "ana@example.org", "Ana", "7", "u2", "203.0.113.9", '{"status":401}']);
  });

  it("opens a cell that a spreadsheet would run as a formula as text", () => {
    expect(toAuditCsvRecord(entry)[5]).toBe("'=HYPERLINK(\"http://evil.example\")");
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(neutralizeFormula(`${start}1+1`)).toBe(`'${start}1+1`);
    expect(neutralizeFormula("ana@example.org")).toBe("ana@example.org");
    expect(neutralizeFormula("")).toBe("");
  });
});
