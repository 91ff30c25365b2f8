import { describe, expect, it } from "vitest";
import { db, dialect } from "@/lib/db/client";
import { transactionConnection, type DirectQuery } from "@/lib/db/transaction-connection";

const probe = {
  create: dialect === "postgres" ? "CREATE TEMP TABLE direct_probe (n int) ON COMMIT DROP" : "CREATE TEMP TABLE direct_probe (n int)",
  fill: dialect === "postgres" ? "INSERT INTO direct_probe (n) SELECT value::int FROM json_array_elements_text(CAST($1 AS json))" : "INSERT INTO direct_probe (n) SELECT value FROM json_each(?)",
  sum: dialect === "postgres" ? "SELECT sum(n)::int AS n FROM direct_probe" : "SELECT sum(n) AS n FROM direct_probe",
};

describe("transactionConnection", () => {
  it("runs a bulk statement inside the transaction that asked, and never after it ends", async () => {
    let direct: DirectQuery | null = null;
    await db.$transaction(async (tx) => {
      direct = await transactionConnection(tx);
      expect(direct).not.toBeNull();
      if (dialect === "postgres") {
        // The same transaction: the same id.
        const [ours] = await tx.$queryRawUnsafe<{ id: string }[]>("SELECT txid_current()::text AS id");
        const [theirs] = await direct!<{ id: string }>("SELECT txid_current()::text AS id", []);
        expect(theirs!.id).toBe(ours!.id);
      }
      // What one writes, the other reads before the transaction commits.
      await tx.$executeRawUnsafe(probe.create);
      await direct!(probe.fill, ["[1, 2, 3]"]);
      const [sum] = await tx.$queryRawUnsafe<{ n: number | bigint }[]>(probe.sum);
      expect(Number(sum!.n)).toBe(6);
      if (dialect === "sqlite") await tx.$executeRawUnsafe("DROP TABLE direct_probe");
    });
    await expect(direct!("SELECT 1", [])).rejects.toThrow("The transaction this statement belonged to has ended.");
  });

  it("rolls back what it wrote with the transaction", async () => {
    const name = `direct-rollback-${Date.now()}`;
    await expect(
      db.$transaction(async (tx) => {
        const direct = await transactionConnection(tx);
        await direct!(dialect === "postgres" ? "INSERT INTO topics (name, slug) VALUES ($1, $1)" : "INSERT INTO topics (name, slug) VALUES (?, ?)", dialect === "postgres" ? [name] : [name, name]);
        expect(await tx.topic.count({ where: { name } })).toBe(1);
        throw new Error("undone");
      }),
    ).rejects.toThrow("undone");
    expect(await db.topic.count({ where: { name } })).toBe(0);
  });

  it("takes Prisma's statements and its own in the order they were sent, while one is still running", async () => {
    const warnings: string[] = [];
    const hear = (warning: Error) => warnings.push(warning.message);
    process.on("warning", hear);
    try {
      const order: string[] = [];
      let total = 0;
      await db.$transaction(async (tx) => {
        const direct = (await transactionConnection(tx))!;
        await tx.$executeRawUnsafe(probe.create);
        // An import checks the next chunk through Prisma and takes its ids directly while the chunk before is still
        // being written: three senders on one connection.
        const slow = dialect === "postgres" ? "INSERT INTO direct_probe (n) SELECT 1 FROM pg_sleep(0.2)" : "INSERT INTO direct_probe (n) VALUES (1)";
        const writing = direct(slow, []).then(() => order.push("written"));
        const reading = tx.$queryRawUnsafe<{ n: number | bigint }[]>(probe.sum).then(() => order.push("read"));
        const more = direct(probe.fill, ["[2]"]).then(() => order.push("written again"));
        await Promise.all([writing, reading, more]);
        const [sum] = await tx.$queryRawUnsafe<{ n: number | bigint }[]>(probe.sum);
        total = Number(sum!.n);
        if (dialect === "sqlite") await tx.$executeRawUnsafe("DROP TABLE direct_probe");
      });
      expect(order[0]).toBe("written");
      expect(order).toHaveLength(3);
      expect(total).toBe(3);
      // pg queues a query sent while others wait itself, but warns that pg@9 will refuse it.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((message) => message.includes("already executing a query"))).toEqual([]);
    } finally {
      process.off("warning", hear);
    }
  });
});
