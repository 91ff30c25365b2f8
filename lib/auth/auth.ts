import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db, dialect } from "@/lib/db/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/passwords";
import { trustsProxy } from "@/lib/http/forwarded-headers";
import { loadAuthSecret } from "./auth-secret";
import { recordAudit } from "@/lib/actions/audit/record-audit";
import { clearAccountFailures, countFailure, findLockout } from "./sign-in-guard";

const extraHosts = (process.env.CHRONICLE_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
const rateLimited = process.env.CHRONICLE_DISABLE_RATE_LIMIT !== "1";

/**
 * `next start` serves plain HTTP, so the session cookie is Secure only when BETTER_AUTH_URL says https
 * or, without it, when a trusted proxy (which terminates TLS) is in front. better-auth fixes the cookie's
 * name and flags at start-up (a Secure cookie is also renamed `__Secure-…`), so this is decided once.
 */
const servedOverHttps = process.env.BETTER_AUTH_URL ? process.env.BETTER_AUTH_URL.startsWith("https:") : trustsProxy();

/**
 * Email-and-password sign-in with database sessions in an httpOnly cookie. Accounts are made by the
 * seed or `npm run admin:create`, never by public sign-up.
 */
export const auth = betterAuth({
  appName: "Chronicle",
  database: prismaAdapter(db, { provider: dialect === "postgres" ? "postgresql" : "sqlite" }),
  secret: loadAuthSecret(),
  baseURL: process.env.BETTER_AUTH_URL ?? { allowedHosts: ["localhost:*", "127.0.0.1:*", ...extraHosts] },
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
  user: {
    additionalFields: {
      role: { type: "string", required: false, defaultValue: "viewer", input: false },
      deactivatedAt: { type: "date", required: false, input: false },
    },
  },
  databaseHooks: {
    session: {
      create: {
        // Only after the password matched, so a deactivated account is not revealed to someone guessing.
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
          if (user?.deactivatedAt) throw new APIError("FORBIDDEN", { message: "This account has been deactivated. Ask an admin to reactivate it." });
        },
      },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  // Per client address (sign-in: 3 per 10 s). The address is X-Forwarded-For, which proxy.ts leaves to
  // Next.js to fill with the socket's address unless a trusted proxy wrote it (lib/http/forwarded-headers.ts).
  rateLimit: { enabled: rateLimited, window: 60, max: 100 },
  advanced: {
    ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
    trustedProxyHeaders: trustsProxy(),
    useSecureCookies: servedOverHttps,
  },
  hooks: {
    // Failed sign-ins lock the account and the address for a while (sign-in-guard.ts), which no header changes.
    before: createAuthMiddleware(async (ctx) => {
      if (!rateLimited || ctx.path !== "/sign-in/email") return;
      const email = typedEmail(ctx.body);
      const address = clientAddress(ctx.headers);
      const lockout = await findLockout(email, address);
      if (!lockout) return;
      await recordAudit({ action: "sign_in.locked", actorEmail: email, address, detail: { by: lockout.by, retryAfterSeconds: lockout.retryAfterSeconds } });
      const message = lockout.by === "account" ? "Too many failed sign-ins for this account." : "Too many failed sign-ins from this address.";
      throw new APIError("TOO_MANY_REQUESTS", { message: `${message} Try again in ${minutes(lockout.retryAfterSeconds)}.` }, { "Retry-After": String(lockout.retryAfterSeconds) });
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const email = typedEmail(ctx.body);
      const address = clientAddress(ctx.headers);
      const returned = ctx.context.returned;
      if (isAPIError(returned)) {
        if (returned.statusCode === 429) return;
        if (rateLimited) await countFailure(email, address);
        await recordAudit({ action: "sign_in.failed", actorEmail: email, address, detail: { status: returned.statusCode, reason: returned.message } });
        return;
      }
      const user = ctx.context.newSession?.user;
      if (rateLimited) await clearAccountFailures(email);
      await recordAudit({ action: "sign_in.succeeded", actor: user ? { userId: user.id, email: user.email } : null, actorEmail: email, address });
    }),
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});

/** The email a sign-in names, as accounts store it (trimmed, lower case), so the log and the lock-out match it however typed. */
function typedEmail(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase().slice(0, 320) : "";
}

/** The client's address: proxy.ts leaves X-Forwarded-For to Next.js (the socket's) unless a trusted proxy wrote it. */
function clientAddress(headers: Headers | undefined): string | null {
  return headers?.get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

function minutes(seconds: number): string {
  const m = Math.ceil(seconds / 60);
  return m <= 1 ? "a minute" : `${m} minutes`;
}
