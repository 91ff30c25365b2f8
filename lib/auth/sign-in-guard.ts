import { RateLimiterPrisma, type RateLimiterAbstract } from "rate-limiter-flexible";
import { db } from "@/lib/db/client";

/**
 * Failed sign-ins lock an account, and an address, for the rest of a 15-minute window: 5 failures for one account
 * (from any number of addresses), 20 from one address (over any number of accounts). Counted in the database with
 * rate-limiter-flexible's Prisma store, so every app instance on one database shares the count; a success clears
 * the account's. better-auth's own limiter still throttles bursts per address (3 sign-ins in 10 s).
 */
export const SIGN_IN_LIMITS = {
  failuresPerAccount: 5,
  failuresPerAddress: 20,
  windowSeconds: 15 * 60,
} as const;

function limiter(keyPrefix: string, points: number): RateLimiterAbstract {
  // tableName is the client's delegate for the RateLimiterFlexible model (prisma/models.prisma).
  return new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix, points, duration: SIGN_IN_LIMITS.windowSeconds });
}

const byAccount = limiter("sign_in_account", SIGN_IN_LIMITS.failuresPerAccount);
const byAddress = limiter("sign_in_address", SIGN_IN_LIMITS.failuresPerAddress);

export function accountKey(email: string): string {
  return email.trim().toLowerCase();
}

export interface Lockout {
  by: "account" | "address";
  retryAfterSeconds: number;
}

async function lockedBy(limit: RateLimiterAbstract, key: string, points: number): Promise<number | null> {
  const res = await limit.get(key);
  if (!res || res.consumedPoints < points) return null;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Whether this attempt must be refused before its password is even checked. */
export async function findLockout(email: string, address: string | null): Promise<Lockout | null> {
  const account = await lockedBy(byAccount, accountKey(email), SIGN_IN_LIMITS.failuresPerAccount);
  if (account) return { by: "account", retryAfterSeconds: account };
  const fromAddress = address ? await lockedBy(byAddress, address, SIGN_IN_LIMITS.failuresPerAddress) : null;
  return fromAddress ? { by: "address", retryAfterSeconds: fromAddress } : null;
}

export async function countFailure(email: string, address: string | null): Promise<void> {
  await byAccount.penalty(accountKey(email), 1);
  if (address) await byAddress.penalty(address, 1);
}

export async function clearAccountFailures(email: string): Promise<void> {
  await byAccount.delete(accountKey(email));
}
