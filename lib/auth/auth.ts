import { betterAuth } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db, dialect } from "@/lib/db/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/actions/create-user";
import { trustsProxy } from "@/lib/http/forwarded-headers";
import { loadAuthSecret } from "./auth-secret";
import { takeSignInAttempt } from "./sign-in-attempts";

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
    additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } },
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
    // And per account, which no header changes: many addresses cannot share out guesses at one password.
    before: createAuthMiddleware(async (ctx) => {
      if (!rateLimited || ctx.path !== "/sign-in/email") return;
      const wait = takeSignInAttempt(String(ctx.body?.email ?? ""));
      if (wait) throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account. Try again in a few seconds." }, { "X-Retry-After": String(wait) });
    }),
  },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
