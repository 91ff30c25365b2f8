import { db } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { actionError, type ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { checkAdmin } from "./check-admin";

/** Withdraws an invitation that is still waiting; its link stops working at once. */
export async function revokeInvitation(id: unknown, viewer: Viewer): Promise<ActionResult<{ id: number }>> {
  const refused = checkAdmin(viewer, "withdraw invitations");
  if (refused) return refused;
  if (typeof id !== "number" || !Number.isSafeInteger(id) || id < 1) return actionError("invalid_input", "That is not an invitation number.", { id: ["That is not an invitation number."] });
  return db.$transaction(async (tx) => {
    const { count } = await tx.invitation.updateMany({ where: { id, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (count === 0) return actionError("not_found", "No waiting invitation has this number: it was accepted, withdrawn or never made.");
    const invitation = await tx.invitation.findUniqueOrThrow({ where: { id }, select: { email: true } });
    await recordAudit({ action: "user.invite_revoke", actor: viewer, detail: { invitationId: id, email: invitation.email } }, tx);
    return { ok: true as const, data: { id } };
  });
}
