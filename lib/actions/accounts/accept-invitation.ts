import { invitationProblem } from "@/lib/domain/invitations";
import { isRole } from "@/lib/domain/roles";
import { acceptInvitationInput } from "@/lib/schemas/account";
import { actionError, type ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { createUserWithPassword } from "../create-user";
import { parseInput } from "../parse-input";
import { hashInvitationToken, isInvitationTokenShape } from "@/lib/auth/invitation-token";
import { runAccountTransaction } from "./run-account-transaction";

const INVALID_LINK = invitationProblem(null)!;

/**
 * Whoever holds a waiting invitation's link chooses a name and password: the account is made with the role the admin
 * chose, and the link is spent in the same transaction, so it works once.
 */
export async function acceptInvitation(token: unknown, input: unknown): Promise<ActionResult<{ userId: string; email: string }>> {
  if (!isInvitationTokenShape(token)) return actionError("not_found", INVALID_LINK);
  const parsed = parseInput(acceptInvitationInput, input, "The account could not be made: check the fields marked.");
  if (!parsed.ok) return parsed;
  const now = new Date();
  return runAccountTransaction(async (tx) => {
    const invitation = await tx.invitation.findUnique({ where: { tokenHash: hashInvitationToken(token) } });
    const problem = invitationProblem(invitation, now);
    if (problem || !invitation) return actionError("not_found", problem ?? INVALID_LINK);
    if (!isRole(invitation.role)) return actionError("not_found", INVALID_LINK);
    if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
      return actionError("conflict", "An account with this invitation's email exists already. Sign in instead.");
    }
    const claimed = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
    if (claimed.count === 0) return actionError("not_found", invitationProblem({ ...invitation, acceptedAt: now }, now)!);
    const { id: userId } = await createUserWithPassword({ email: invitation.email, name: parsed.data.name, role: invitation.role, password: parsed.data.password }, tx);
    await recordAudit({ action: "user.join", actor: { userId, email: invitation.email }, subjectId: userId, detail: { invitationId: invitation.id, role: invitation.role } }, tx);
    return { ok: true as const, data: { userId, email: invitation.email } };
  });
}
