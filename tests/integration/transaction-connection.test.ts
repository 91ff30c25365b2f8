import { describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { transactionConnection, type DirectQuery } from "@/lib/db/postgres-pool";

describe("transactionConnection", () => {
  it("runs a bulk statement inside the transaction that asked, on PostgreSQL, and never after it ends", async () => {
    let direct: DirectQuery | null = null;
    await db.$transaction(async (tx) => {
      direct = await transactionConnection(tx);
      if (dialect === "sqlite") return expect(direct).toBeNull();
      expect(direct).not.toBeNull();
      // The same transaction: the same id, and what it wrote is seen before it commits.
      const [ours] = await tx.$queryRawUnsafe<{ id: string }[]>("SELECT txid_current()::text AS id");
      const [theirs] = await direct!<{ id: string }>("SELECT txid_current()::text AS id", []);
      expect(theirs!.id).toBe(ours!.id);
      await tx.$executeRawUnsafe("CREATE TEMP TABLE direct_probe (n int) ON COMMIT DROP");
      await direct!("INSERT INTO direct_probe (n) SELECT value::int FROM json_array_elements_text(CAST($1 AS json))", ["[1, 2, 3]"]);
      const [sum] = await tx.$queryRawUnsafe<{ n: number }[]>("SELECT sum(n)::int AS n FROM direct_probe");
      expect(sum!.n).toBe(6);
    });
    if (dialect === "postgres") await expect(direct!("SELECT 1", [])).rejects.toThrow("The transaction this statement belonged to has ended.");
  });
});
