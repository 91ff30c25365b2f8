import { db } from "@/lib/db/client";
import { invitationProblem } from "@/lib/domain/invitations";
import { hashInvitationToken, isInvitationTokenShape } from "@/lib/auth/invitation-token";

export type InvitationLookup = { ok: true; email: string; name: string; role: string } | { ok: false; problem: string };

/** What the invitation page shows before the invitee chooses a password: who it is for, or why the link does not work. */
export async function findInvitationByToken(token: string, now = new Date()): Promise<InvitationLookup> {
  const invitation = isInvitationTokenShape(token) ? await db.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } }) : null;
  const problem = invitationProblem(invitation, now);
  if (problem || !invitation) return { ok: false, problem: problem ?? invitationProblem(null)! };
  return { ok: true, email: invitation.email, name: invitation.name, role: invitation.role };
}
