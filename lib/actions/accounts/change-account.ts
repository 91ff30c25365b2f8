import type { Prisma } from "@/lib/db/client";
import type { Viewer } from "@/lib/domain/viewer";
import { roleChangeInput } from "@/lib/schemas/account";
import { actionError, type ActionResult } from "../action-result";
import { recordAudit } from "../audit/record-audit";
import { parseInput } from "../parse-input";
import { checkAdmin } from "./check-admin";
import { activeAdminCount, runAccountTransaction } from "./run-account-transaction";

/** Thrown inside the transaction to undo a change that would leave no active admin. */
class LastAdminError extends Error {}

const LAST_ADMIN = "Chronicle needs at least one active admin: make someone else an admin first.";

function isUserId(id: unknown): id is string {
  return typeof id === "string" && id.length > 0 && id.length <= 64;
}

async function guarded<T>(change: (tx: Prisma.TransactionClient) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await runAccountTransaction(async (tx) => {
      const result = await change(tx);
      if (result.ok && (await activeAdminCount(tx)) === 0) throw new LastAdminError();
      return result;
    });
  } catch (error) {
    if (error instanceof LastAdminError) return actionError("conflict", LAST_ADMIN);
    throw error;
  }
}

export interface AccountChange {
  userId: string;
  role: string;
  active: boolean;
}

/** An admin gives an account another role; it applies from the account's next request. */
export async function changeRole(userId: unknown, input: unknown, viewer: Viewer): Promise<ActionResult<AccountChange>> {
  const refused = checkAdmin(viewer, "change roles");
  if (refused) return refused;
  if (!isUserId(userId)) return actionError("not_found", "No account has this id.");
  const parsed = parseInput(roleChangeInput, input, "Choose one of the roles.");
  if (!parsed.ok) return parsed;
  const role = parsed.data.role;
  return guarded(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, deactivatedAt: true } });
    if (!user) return actionError("not_found", "No account has this id.");
    if (user.role !== role) {
      await tx.user.update({ where: { id: userId }, data: { role } });
      await recordAudit({ action: "user.role", actor: viewer, subjectId: userId, detail: { email: user.email, from: user.role, to: role } }, tx);
    }
    return { ok: true as const, data: { userId, role, active: user.deactivatedAt === null } };
  });
}

/**
 * Deactivates an account (it cannot sign in, and its sessions end now) or reactivates it. Nothing it wrote is
 * touched: its revisions and audit entries keep its name.
 */
export async function setAccountActive(userId: unknown, active: unknown, viewer: Viewer): Promise<ActionResult<AccountChange>> {
  const refused = checkAdmin(viewer, active ? "reactivate accounts" : "deactivate accounts");
  if (refused) return refused;
  if (!isUserId(userId)) return actionError("not_found", "No account has this id.");
  if (typeof active !== "boolean") return actionError("invalid_input", "Say whether the account is to be active.", { active: ["Must be true or false."] });
  if (!active && userId === viewer.userId) return actionError("invalid_input", "You cannot deactivate your own account.", { active: ["You cannot deactivate your own account."] });
  return guarded(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, role: true, deactivatedAt: true } });
    if (!user) return actionError("not_found", "No account has this id.");
    if ((user.deactivatedAt === null) !== active) {
      await tx.user.update({ where: { id: userId }, data: { deactivatedAt: active ? null : new Date() } });
      if (!active) await tx.session.deleteMany({ where: { userId } });
      await recordAudit({ action: active ? "user.reactivate" : "user.deactivate", actor: viewer, subjectId: userId, detail: { email: user.email } }, tx);
    }
    return { ok: true as const, data: { userId, role: user.role, active } };
  });
}
