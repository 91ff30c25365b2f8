import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { acceptInvitation } from "@/lib/actions/accounts/accept-invitation";
import { changeRole, setAccountActive } from "@/lib/actions/accounts/change-account";
import { inviteUser } from "@/lib/actions/accounts/invite-user";
import { revokeInvitation } from "@/lib/actions/accounts/revoke-invitation";
import { updateAppSettings } from "@/lib/actions/settings/update-app-settings";
import { clearAccountFailures, countFailure, findLockout, SIGN_IN_LIMITS } from "@/lib/auth/sign-in-guard";
import { findInvitationByToken } from "@/lib/queries/accounts/find-invitation";
import { listAccounts } from "@/lib/queries/accounts/list-accounts";
import { readAppSettings } from "@/lib/queries/settings/read-app-settings";
import type { Role } from "@/lib/domain/roles";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";

const PASSWORD = "integration-test-password";
let admin: Viewer;
let editor: Viewer;

async function makeViewer(role: Role): Promise<Viewer> {
  const email = `${role}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: `Accounts ${role}`, role, password: PASSWORD });
  return { userId: id, role, name: `Accounts ${role}`, email };
}

const newEmail = () => `invitee-${randomUUID()}@chronicle.test`;
const auditOf = (action: string, since: Date) => db.auditEntry.findMany({ where: { action, createdAt: { gte: since } }, orderBy: { id: "asc" } });

beforeAll(async () => {
  [admin, editor] = await Promise.all([makeViewer("admin"), makeViewer("editor")]);
});

afterAll(async () => {
  await updateAppSettings({ publicReading: true }, admin);
});

describe("invitations", () => {
  it("only admins invite; bad input names the field and writes nothing", async () => {
    const before = await db.invitation.count();
    expect(await inviteUser({ email: newEmail(), name: "X", role: "editor" }, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await inviteUser({ email: newEmail(), name: "X", role: "editor" }, ANONYMOUS)).toMatchObject({ ok: false, code: "unauthenticated" });
    const bad = await inviteUser({ email: "not an email", name: "  ", role: "owner" }, admin);
    expect(bad).toMatchObject({ ok: false, code: "invalid_input" });
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "name", "role"]);
    expect(await inviteUser({ email: editor.email, name: "Again", role: "viewer" }, admin)).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("already has an account")] } });
    expect(await db.invitation.count()).toBe(before);
  });

  it("a link made once lets the invitee choose a password, gives the chosen role, and works only once", async () => {
    const since = new Date(Date.now() - 1000);
    const email = newEmail();
    const made = await inviteUser({ email: ` ${email.toUpperCase()} `, name: "Nadia Reviewer", role: "reviewer" }, admin);
    if (!made.ok) throw new Error(made.message);
    expect(made.data.email).toBe(email);
    // Only the hash is stored: the token itself is nowhere in the database.
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: made.data.id } });
    expect(stored.tokenHash).not.toContain(made.data.token);
    expect(JSON.stringify(await db.auditEntry.findMany({ where: { action: "user.invite" } }))).not.toContain(made.data.token);
    // A second invitation to the same email waits for the first to be withdrawn.
    expect(await inviteUser({ email, name: "Twice", role: "editor" }, admin)).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("invitation waiting")] } });

    expect(await findInvitationByToken(made.data.token)).toEqual({ ok: true, email, name: "Nadia Reviewer", role: "reviewer" });
    expect(await acceptInvitation(made.data.token, { name: "Nadia", password: "short", confirmPassword: "short" })).toMatchObject({ ok: false, fieldErrors: { password: [expect.stringContaining("at least 10")] } });
    expect(await acceptInvitation(made.data.token, { name: "Nadia", password: PASSWORD, confirmPassword: `${PASSWORD}!` })).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["The two passwords differ."] } });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();

    const accepted = await acceptInvitation(made.data.token, { name: "Nadia", password: PASSWORD, confirmPassword: PASSWORD });
    expect(accepted).toMatchObject({ ok: true, data: { email } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect([user.name, user.role]).toEqual(["Nadia", "reviewer"]);
    expect(await acceptInvitation(made.data.token, { name: "Again", password: PASSWORD, confirmPassword: PASSWORD })).toMatchObject({ ok: false, code: "not_found", message: expect.stringContaining("used already") });
    expect(await findInvitationByToken(made.data.token)).toMatchObject({ ok: false, problem: expect.stringContaining("used already") });
    expect((await auditOf("user.join", since)).map((entry) => entry.subjectId)).toContain(user.id);
  });

  it("a withdrawn or expired link does not work, and a made-up one says so", async () => {
    const made = await inviteUser({ email: newEmail(), name: "Withdrawn", role: "editor" }, admin);
    if (!made.ok) throw new Error(made.message);
    expect(await revokeInvitation(made.data.id, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await revokeInvitation(made.data.id, admin)).toMatchObject({ ok: true });
    expect(await revokeInvitation(made.data.id, admin)).toMatchObject({ ok: false, code: "not_found" });
    expect(await acceptInvitation(made.data.token, { name: "W", password: PASSWORD, confirmPassword: PASSWORD })).toMatchObject({ ok: false, message: expect.stringContaining("withdrawn") });

    const late = await inviteUser({ email: newEmail(), name: "Late", role: "editor" }, admin);
    if (!late.ok) throw new Error(late.message);
    await db.invitation.update({ where: { id: late.data.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await acceptInvitation(late.data.token, { name: "L", password: PASSWORD, confirmPassword: PASSWORD })).toMatchObject({ ok: false, message: expect.stringContaining("expired") });
    expect(await acceptInvitation("x".repeat(43), { name: "L", password: PASSWORD, confirmPassword: PASSWORD })).toMatchObject({ ok: false, code: "not_found", message: expect.stringContaining("not valid") });
    expect(await acceptInvitation("../../etc", {})).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("roles and deactivation", () => {
  it("an admin changes a role and it is logged; others cannot", async () => {
    const since = new Date(Date.now() - 1000);
    const person = await makeViewer("viewer");
    expect(await changeRole(person.userId, { role: "editor" }, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await changeRole(person.userId, { role: "superuser" }, admin)).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { role: [expect.any(String)] } });
    expect(await changeRole("no-such-user", { role: "editor" }, admin)).toMatchObject({ ok: false, code: "not_found" });
    expect(await changeRole(person.userId, { role: "editor" }, admin)).toMatchObject({ ok: true, data: { role: "editor" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.userId! } })).role).toBe("editor");
    const [entry] = (await auditOf("user.role", since)).filter((e) => e.subjectId === person.userId);
    expect(JSON.parse(entry!.detail!)).toMatchObject({ from: "viewer", to: "editor" });
    expect(entry!.actorId).toBe(admin.userId);
  });

  it("deactivating ends the account's sessions and keeps it listed; nobody deactivates themselves", async () => {
    const person = await makeViewer("editor");
    await db.session.create({ data: { id: randomUUID(), token: randomUUID(), userId: person.userId!, expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await setAccountActive(admin.userId, false, admin)).toMatchObject({ ok: false, message: "You cannot deactivate your own account." });
    expect(await setAccountActive(person.userId, false, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await setAccountActive(person.userId, false, admin)).toMatchObject({ ok: true, data: { active: false } });
    expect(await db.session.count({ where: { userId: person.userId! } })).toBe(0);
    expect((await listAccounts()).find((a) => a.id === person.userId)).toMatchObject({ active: false, role: "editor" });
    expect(await setAccountActive(person.userId, true, admin)).toMatchObject({ ok: true, data: { active: true } });
  });

  it("the last active admin can be neither demoted nor deactivated", async () => {
    const others = await db.user.findMany({ where: { role: "admin", deactivatedAt: null, id: { not: admin.userId! } }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: new Date() } });
    try {
      const second = await makeViewer("admin");
      await db.user.update({ where: { id: second.userId! }, data: { deactivatedAt: new Date() } });
      expect(await changeRole(admin.userId, { role: "editor" }, admin)).toMatchObject({ ok: false, code: "conflict", message: expect.stringContaining("at least one active admin") });
      expect((await db.user.findUniqueOrThrow({ where: { id: admin.userId! } })).role).toBe("admin");
      // With a second active admin, the first may step down.
      expect(await setAccountActive(second.userId, true, admin)).toMatchObject({ ok: true });
      expect(await setAccountActive(second.userId, false, admin)).toMatchObject({ ok: true });
      expect(await setAccountActive(second.userId, true, admin)).toMatchObject({ ok: true });
      expect(await setAccountActive(admin.userId, false, second)).toMatchObject({ ok: true });
      expect(await setAccountActive(second.userId, false, second)).toMatchObject({ ok: false, message: "You cannot deactivate your own account." });
      expect(await changeRole(second.userId, { role: "viewer" }, second)).toMatchObject({ ok: false, code: "conflict" });
      expect(await setAccountActive(admin.userId, true, second)).toMatchObject({ ok: true });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: null } });
    }
  });
});

describe("settings", () => {
  it("only admins change them; each change is logged and read back at once", async () => {
    const since = new Date(Date.now() - 1000);
    expect(await updateAppSettings({ publicReading: false }, editor)).toMatchObject({ ok: false, code: "forbidden" });
    expect(await updateAppSettings({ publicReading: "no" }, admin)).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { publicReading: [expect.any(String)] } });
    expect(await updateAppSettings({ colour: "red" }, admin)).toMatchObject({ ok: false, code: "invalid_input" });
    expect((await readAppSettings()).publicReading).toBe(true);
    expect(await updateAppSettings({ publicReading: false }, admin)).toMatchObject({ ok: true, data: { publicReading: false } });
    expect((await readAppSettings()).publicReading).toBe(false);
    await updateAppSettings({ publicReading: false }, admin); // no change, no entry
    const entries = await auditOf("setting.change", since);
    expect(entries.map((e) => JSON.parse(e.detail!))).toEqual([{ key: "publicReading", from: true, to: false }]);
  });
});

describe("sign-in lock-out (rate-limiter-flexible, stored in the database)", () => {
  it("locks an account after its failures, from any address, and a success clears it", async () => {
    const email = `Locked-${randomUUID()}@chronicle.test`;
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAccount - 1; i++) await countFailure(email, `198.51.100.${i}`);
    expect(await findLockout(email.toLowerCase(), "203.0.113.1")).toBeNull();
    await countFailure(` ${email.toUpperCase()}`, "198.51.100.200");
    expect(await findLockout(email, "203.0.113.1")).toMatchObject({ by: "account", retryAfterSeconds: expect.any(Number) });
    await clearAccountFailures(email);
    expect(await findLockout(email, "203.0.113.1")).toBeNull();
  });

  it("locks an address after its failures over many accounts", async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < SIGN_IN_LIMITS.failuresPerAddress; i++) await countFailure(`nobody-${i}-${randomUUID()}@chronicle.test`, address);
    expect(await findLockout(`fresh-${randomUUID()}@chronicle.test`, address)).toMatchObject({ by: "address" });
    expect(await findLockout(`fresh-${randomUUID()}@chronicle.test`, "192.0.2.255")).toBeNull();
  });
});
