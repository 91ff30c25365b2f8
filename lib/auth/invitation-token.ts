import { createHash, randomBytes } from "node:crypto";

/** How long an invitation link works. */
export const INVITATION_DAYS = 7;

/** 32 random bytes, base64url: the link's secret. Only its hash is stored, so the database alone cannot sign anyone up. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isInvitationTokenShape(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}
