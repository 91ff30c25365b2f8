"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { auth } from "@/lib/auth/auth";
import { getViewer } from "@/lib/auth/get-viewer";
import type { ActionResult } from "../action-result";
import { acceptInvitation } from "./accept-invitation";
import { changeRole, setAccountActive, type AccountChange } from "./change-account";
import { inviteUser, type CreatedInvitation } from "./invite-user";
import { revokeInvitation } from "./revoke-invitation";

// Thin wrappers for /admin/users and /invite: the viewer comes from the session, never from the client.
function afterWrite<T>(result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath("/admin/users");
  return result;
}

export async function inviteUserAction(input: unknown): Promise<ActionResult<CreatedInvitation>> {
  return afterWrite(await inviteUser(input, await getViewer()));
}

export async function revokeInvitationAction(id: unknown): Promise<ActionResult<{ id: number }>> {
  return afterWrite(await revokeInvitation(id, await getViewer()));
}

export async function changeRoleAction(userId: unknown, role: unknown): Promise<ActionResult<AccountChange>> {
  return afterWrite(await changeRole(userId, { role }, await getViewer()));
}

export async function setAccountActiveAction(userId: unknown, active: unknown): Promise<ActionResult<AccountChange>> {
  return afterWrite(await setAccountActive(userId, active, await getViewer()));
}

/** Makes the account, then signs the new person in with the password they just chose (through better-auth, so it is logged and limited as any sign-in). */
export async function acceptInvitationAction(token: unknown, input: unknown): Promise<ActionResult<{ email: string; signedIn: boolean }>> {
  const result = await acceptInvitation(token, input);
  if (!result.ok) return { ok: false, code: result.code, message: result.message, fieldErrors: result.fieldErrors };
  const password = (input as { password: string }).password;
  let signedIn = true;
  try {
    await auth.api.signInEmail({ body: { email: result.data.email, password }, headers: await headers() });
  } catch {
    signedIn = false; // e.g. the sign-in limiter: the account exists, and the sign-in page works
  }
  revalidatePath("/admin/users");
  return { ok: true, data: { email: result.data.email, signedIn } };
}
