import { describe, expect, it } from "vitest";
import { invitationProblem, invitationStatus } from "./invitations";

const now = new Date("2026-12-06T12:00:00Z");
const waiting = { expiresAt: new Date("2026-12-13T12:00:00Z"), acceptedAt: null, revokedAt: null };

describe("invitationStatus", () => {
  it("says what became of an invitation, acceptance first", () => {
    expect(invitationStatus(waiting, now)).toBe("waiting");
    expect(invitationStatus({ ...waiting, expiresAt: now }, now)).toBe("expired");
    expect(invitationStatus({ ...waiting, revokedAt: now }, now)).toBe("withdrawn");
    expect(invitationStatus({ ...waiting, acceptedAt: now, expiresAt: new Date(0) }, now)).toBe("accepted");
  });
});

describe("invitationProblem", () => {
  it("is null while the link works and otherwise tells its holder what to do", () => {
    expect(invitationProblem(waiting, now)).toBeNull();
    expect(invitationProblem(null, now)).toMatch(/not valid.*ask an admin/i);
    expect(invitationProblem({ ...waiting, acceptedAt: now }, now)).toMatch(/used already.*Sign in/);
    expect(invitationProblem({ ...waiting, revokedAt: now }, now)).toMatch(/withdrawn/);
    expect(invitationProblem({ ...waiting, expiresAt: new Date("2026-12-01T00:00:00Z") }, now)).toMatch(/expired/);
  });
});
