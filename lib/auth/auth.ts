import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db, dialect } from "@/lib/db/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/actions/create-user";
import { loadAuthSecret } from "./auth-secret";

const extraHosts = (process.env.CHRONICLE_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);

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
  rateLimit: { enabled: process.env.CHRONICLE_DISABLE_RATE_LIMIT !== "1", window: 60, max: 100 },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});
