import { db } from "@/lib/db/client";
import { invitationStatus, type InvitationStatus } from "@/lib/domain/invitations";
import { isRole, type Role } from "@/lib/domain/roles";

export interface AccountRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  lastSignInAt: Date | null;
}

export interface InvitationRow {
  id: number;
  email: string;
  name: string;
  role: Role;
  status: InvitationStatus;
  invitedBy: string | null;
  createdAt: Date;
  expiresAt: Date;
}

/** Every account, admins first, with the last time each signed in (from the audit log). */
export async function listAccounts(): Promise<AccountRow[]> {
  const users = await db.user.findMany({ select: { id: true, name: true, email: true, role: true, deactivatedAt: true, createdAt: true }, orderBy: [{ email: "asc" }] });
  const lastSignIns = await db.auditEntry.groupBy({ by: ["actorId"], where: { action: "sign_in.succeeded", actorId: { in: users.map((u) => u.id) } }, _max: { createdAt: true } });
  const lastById = new Map(lastSignIns.map((row) => [row.actorId, row._max.createdAt]));
  const order = { admin: 0, reviewer: 1, editor: 2, viewer: 3 } as const;
  return users
    .map((user) => ({
      id: user.id,
      name: user.name,
      email: user.email,
      role: isRole(user.role) ? user.role : "viewer",
      active: user.deactivatedAt === null,
      createdAt: user.createdAt,
      lastSignInAt: lastById.get(user.id) ?? null,
    }))
    .sort((a, b) => Number(b.active) - Number(a.active) || order[a.role] - order[b.role] || a.email.localeCompare(b.email));
}

/** Invitations not yet accepted: waiting ones first, then those withdrawn or expired in the last 30 days. */
export async function listOpenInvitations(now = new Date()): Promise<InvitationRow[]> {
  const since = new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000);
  const rows = await db.invitation.findMany({
    where: { acceptedAt: null, createdAt: { gte: since } },
    include: { invitedBy: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
  });
  return rows
    .map((row) => ({
      id: row.id,
      email: row.email,
      name: row.name,
      role: isRole(row.role) ? row.role : "viewer",
      status: invitationStatus(row, now),
      invitedBy: row.invitedBy?.name ?? null,
      createdAt: row.createdAt,
      expiresAt: row.expiresAt,
    }))
    .sort((a, b) => Number(b.status === "waiting") - Number(a.status === "waiting"));
}
