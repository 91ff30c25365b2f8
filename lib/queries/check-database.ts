import { dialect } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";

export async function checkDatabase(): Promise<{ ok: boolean; dialect: string; error?: string }> {
  try {
    await readSql`SELECT 1`;
    return { ok: true, dialect };
  } catch (error) {
    return { ok: false, dialect, error: error instanceof Error ? error.message : String(error) };
  }
}
