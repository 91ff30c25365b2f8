import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { db, type Prisma } from "@/lib/db/client";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/passwords";
import type { Role } from "@/lib/domain/roles";

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/**
 * Creates a user with an email-and-password account in better-auth's tables. Privileged: callers are
 * the seed, the admin:create command, an accepted invitation and tests; it performs no role check of its own.
 */
export async function createUserWithPassword(user: NewUser, tx: Prisma.TransactionClient = db): Promise<{ id: string }> {
  if (user.password.length < MIN_PASSWORD_LENGTH) {
    throw new Error(`The password must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
  }
  const email = user.email.trim().toLowerCase();
  const hash = await hashPassword(user.password);
  const id = randomUUID();
  await tx.user.create({
    data: {
      id,
      email,
      name: user.name,
      role: user.role,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password: hash } },
    },
  });
  return { id };
}

export async function findUserIdByEmail(email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}
