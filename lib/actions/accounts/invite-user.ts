import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { invitationInput } from "@/lib/schemas/account";
import { actionError, type ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { checkAdmin } from "./check-admin";
import { INVITATION_DAYS, newInvitationToken } from "@/lib/auth/invitation-token";

export interface CreatedInvitation {
  id: number;
  email: string;
  /** The link's secret: returned this once, never stored. */
  token: string;
  expiresAt: Date;
}

/** An admin invites someone by email with a role; the link it returns is the only way to accept, and is shown once. */
export async function inviteUser(input: unknown, viewer: Viewer): Promise<ActionResult<CreatedInvitation>> {
  const refused = checkAdmin(viewer, "invite people");
  if (refused) return refused;
  const parsed = parseInput(invitationInput, input, "The invitation could not be made: check the fields marked.");
  if (!parsed.ok) return parsed;
  const { email, name, role } = parsed.data;

  if (await db.user.findUnique({ where: { email }, select: { id: true } })) {
    return actionError("invalid_input", "Someone already has an account with this email.", { email: ["Someone already has an account with this email. Change their role instead."] });
  }
  const now = new Date();
  const pending = await db.invitation.findFirst({ where: { email, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } }, select: { id: true } });
  if (pending) return actionError("invalid_input", "This email already has an invitation waiting.", { email: ["This email already has an invitation waiting. Withdraw it first to send a new link."] });

  const { token, tokenHash } = newInvitationToken();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({ data: { tokenHash, email, name, role, invitedById: viewer.userId, expiresAt } });
    await recordAudit({ action: "user.invite", actor: viewer, detail: { email, name, role, invitationId: created.id } }, tx);
    return created;
  });
  return { ok: true, data: { id: invitation.id, email, token, expiresAt } };
}
