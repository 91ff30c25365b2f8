import { describe, expect, it } from "vitest";
import { describeAuditDetail, parseAuditDetail } from "./describe-audit-detail";

describe("describeAuditDetail", () => {
  it("says what each kind of entry did in one line", () => {
    expect(describeAuditDetail("event.update", { version: 3, via: "form", title: "Summit" })).toBe("version 3 in the editor");
    expect(describeAuditDetail("event.revert", { version: 5, via: "api", title: "Summit", restoredFrom: 2 })).toBe("version 5 (version 2 brought back) in the API");
    expect(describeAuditDetail("event.purge", { title: "Summit", version: 4, via: "form", state: { title: "Summit" } })).toBe("“Summit” at version 4; its last state is kept in this entry");
    expect(describeAuditDetail("user.role", { email: "ana@example.org", from: "editor", to: "admin" })).toBe("ana@example.org: Editor → Admin");
    expect(describeAuditDetail("user.invite", { email: "bo@example.org", name: "Bo", role: "reviewer", invitationId: 3 })).toBe("Bo <bo@example.org> as Reviewer");
    expect(describeAuditDetail("setting.change", { key: "publicReading", from: true, to: false })).toBe("Signed-out visitors may read published events: true → false");
    expect(describeAuditDetail("sign_in.failed", { status: 401, reason: "Invalid email or password" })).toBe("Invalid email or password");
    expect(describeAuditDetail("event.send_back", { version: 2, via: "review", title: "Summit", reason: "Add a source" })).toBe("version 2 in review; reason: Add a source");
    expect(describeAuditDetail("event.propose", { change: 7, version: 3, via: "form", title: "Summit" })).toBe("change 7, based on version 3, in the editor, waiting for review");
    expect(describeAuditDetail("event.reject", { change: 7, title: "Summit", comment: "Wrong year" })).toBe("change 7; comment: Wrong year");
    expect(describeAuditDetail("sign_in.locked", { by: "address", retryAfterSeconds: 290 })).toBe("too many failures for this address; refused for 5 minutes");
  });

  it("adds what a sentence does not say, and spells out unknown actions and details", () => {
    expect(describeAuditDetail("user.deactivate", { email: "ana@example.org", reason: "left" })).toBe("ana@example.org; reason: left");
    expect(describeAuditDetail("thing.unknown", { a: 1, b: "two" })).toBe("a: 1; b: two");
    expect(describeAuditDetail("sign_in.succeeded", null)).toBe("");
  });

  it("cuts a long detail", () => {
    const line = describeAuditDetail("setting.change", { key: "x", from: "a".repeat(300), to: "b" });
    expect(line).toHaveLength(200);
    expect(line.endsWith("…")).toBe(true);
  });
});

describe("parseAuditDetail", () => {
  it("reads a JSON object and keeps anything else as text", () => {
    expect(parseAuditDetail('{"version":2}')).toEqual({ version: 2 });
    expect(parseAuditDetail("not json")).toEqual({ text: "not json" });
    expect(parseAuditDetail("[1]")).toEqual({ text: "[1]" });
    expect(parseAuditDetail(null)).toBeNull();
  });
});
