import { db } from "@/lib/db/client";

export interface AuditPerson {
  id: string;
  name: string;
  email: string;
  active: boolean;
}

/** Every account, by name, for the log's "person" filter: deactivated ones too, since their entries stay. */
export async function listAuditPeople(): Promise<AuditPerson[]> {
  const users = await db.user.findMany({ select: { id: true, name: true, email: true, deactivatedAt: true }, orderBy: [{ name: "asc" }, { email: "asc" }] });
  return users.map((user) => ({ id: user.id, name: user.name, email: user.email, active: user.deactivatedAt === null }));
}
