import { db, dialect } from "@/lib/db/client";

export async function checkDatabase(): Promise<{ ok: boolean; dialect: string; error?: string }> {
  try {
    await db.$queryRaw`SELECT 1`;
    return { ok: true, dialect };
  } catch (error) {
    return { ok: false, dialect, error: error instanceof Error ? error.message : String(error) };
  }
}
