import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/domain/roles";

// The tests write to the same database as the server under test; point the data layer at it before it loads.
process.env.DATABASE_URL = process.env.CHRONICLE_E2E_DATABASE_URL;

export interface TestUser {
  email: string;
  password: string;
  role: Role;
}

/** A user of its own for each caller, so tests never share accounts. */
export async function createTestUser(role: Role): Promise<TestUser> {
  const { createUserWithPassword } = await import("@/lib/actions/create-user");
  const user = { email: `${role}-${randomBytes(4).toString("hex")}@e2e.test`, password: `pw-${randomBytes(8).toString("hex")}`, role };
  await createUserWithPassword({ ...user, name: `E2E ${role}` });
  return user;
}

export function uniqueTitle(prefix: string): string {
  return `${prefix} ${randomBytes(3).toString("hex")}`;
}
