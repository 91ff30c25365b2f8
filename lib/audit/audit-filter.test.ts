import { describe, expect, it } from "vitest";
import { auditActionsOf, auditPeriod, EMPTY_AUDIT_FILTER, parseAuditParams, serializeAuditFilter } from "./audit-filter";

const read = (query: string, paging = true) => parseAuditParams(new URLSearchParams(query), { paging });
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("parseAuditParams", () => {
  it("reads every filter key and the page's cursor", () => {
    const { value, errors } = read("person=u1&email=Ana@Example.org&event=42&kind=event&action=event.purge&from=2026-12&to=2026-12-07&before=900");
    expect(errors).toEqual([]);
    expect(value.before).toBe(900);
    expect(value.filter).toMatchObject({ person: "u1", email: "Ana@Example.org", eventId: 42, kind: "event", action: "event.purge" });
    expect(iso(auditPeriod(value.filter).start)).toBe("2026-12-01T00:00:00.000Z");
    // "to" includes its whole day.
    expect(iso(auditPeriod(value.filter).end)).toBe("2026-12-08T00:00:00.000Z");
  });

  it("treats an empty form as no filter: blank fields are absent", () => {
    const { value, errors } = read("person=&email=+&event=&kind=&action=&from=&to=");
    expect(errors).toEqual([]);
    expect(value).toEqual({ filter: EMPTY_AUDIT_FILTER, before: null });
    expect(serializeAuditFilter(value.filter).toString()).toBe("");
  });

  it("explains each bad parameter and keeps the good ones", () => {
    const { value, errors } = read("event=abc&kind=logins&action=event.explode&from=2026-02-30&to=2026-13&before=-1&colour=red&email=ana@example.org");
    expect(errors.map((error) => error.param).sort()).toEqual(["action", "before", "colour", "event", "from", "kind", "to"]);
    const message = (param: string) => errors.find((error) => error.param === param)!.message;
    expect(message("event")).toBe("“event” must be an event id: a whole number from 1 to 2147483647.");
    expect(message("kind")).toContain("sign_in, event, import, user, setting");
    expect(message("action")).toContain("event.purge");
    expect(message("from")).toContain("February 2026 has 28 days");
    expect(message("colour")).toContain("is not a parameter here");
    expect(value).toEqual({ filter: { ...EMPTY_AUDIT_FILTER, email: "ana@example.org" }, before: null });
  });

  it("refuses a kind that does not hold the action, and a period that ends before it starts", () => {
    const { value, errors } = read("kind=user&action=event.purge&from=2026-12-07&to=2026-11");
    expect(errors.map((error) => error.message)).toEqual([
      "“kind” user does not hold the action event.purge; the action alone is used.",
      "“to” is before “from”: the period would be empty, so “to” is left out.",
    ]);
    expect(value.filter).toMatchObject({ kind: null, action: "event.purge", to: null });
    expect(auditActionsOf(value.filter)).toEqual(["event.purge"]);
  });

  it("refuses an id past what the database stores, rather than fail the query", () => {
    expect(read("event=2147483648&before=99999999999").errors.map((error) => error.param)).toEqual(["event", "before"]);
    expect(read("event=2147483647").value.filter.eventId).toBe(2147483647);
  });

  it("reports a repeated parameter and a text too long", () => {
    const { errors } = read(`kind=event&kind=user&email=${"a".repeat(321)}`);
    expect(errors.map((error) => error.message)).toEqual(["“email” is longer than 320 characters.", "“kind” is given 2 times; give it once."]);
  });

  it("takes no cursor for the export", () => {
    expect(read("before=5", false).errors.map((error) => error.param)).toEqual(["before"]);
  });
});

describe("serializeAuditFilter", () => {
  it("writes what parseAuditParams reads back", () => {
    const query = "person=u1&email=ana%40example.org&event=7&kind=sign_in&from=2026&to=2026-12-07";
    const { value } = read(query);
    expect(serializeAuditFilter(value.filter).toString()).toBe(query);
    expect(read(serializeAuditFilter(value.filter).toString()).value.filter).toEqual(value.filter);
  });

  it("lists the actions of a kind", () => {
    expect(auditActionsOf({ ...EMPTY_AUDIT_FILTER, kind: "sign_in" })).toEqual(["sign_in.succeeded", "sign_in.failed", "sign_in.locked"]);
    expect(auditActionsOf(EMPTY_AUDIT_FILTER)).toBeNull();
  });
});
