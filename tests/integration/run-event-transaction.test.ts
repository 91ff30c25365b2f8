import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, dialect, type Prisma } from "@/lib/db/client";
import { isRetryableTransactionError, runEventTransaction } from "@/lib/actions/events/run-event-transaction";

const run = randomUUID().slice(0, 8);
const userIds = [`retry-a-${run}`, `retry-b-${run}`];

beforeAll(async () => {
  for (const id of userIds) await db.user.create({ data: { id, email: `${id}@chronicle.test`, name: "Lock", role: "viewer" } });
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: { in: userIds } } });
});

const rename = (tx: Prisma.TransactionClient, id: string, name: string) => tx.user.update({ where: { id }, data: { name } });
const nameOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).name;

/** The error shapes PostgreSQL aborts reach us in (see run-event-transaction.ts), reproduced without a database. */
const retryable: [string, () => unknown][] = [
  ["Prisma's P2034 (40001 on a model query)", () => Object.assign(new Error("write conflict"), { code: "P2034" })],
  ["the adapter's 40P01 (deadlock on a model query)", () => Object.assign(new Error("deadlock detected"), { name: "DriverAdapterError", cause: { kind: "postgres", originalCode: "40P01" } })],
  ["a raw query's P2010 carrying 40001", () => Object.assign(new Error("Raw query failed"), { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "40001" } } } })],
];

describe("runEventTransaction", () => {
  it("returns what the transaction returns and commits its writes", async () => {
    const result = await runEventTransaction(async (tx) => (await rename(tx, userIds[0]!, "Committed")).name);
    expect(result).toBe("Committed");
    expect(await nameOf(userIds[0]!)).toBe("Committed");
  });

  it("rethrows other errors at once, rolled back: a unique violation and an application error", async () => {
    let calls = 0;
    const duplicate = runEventTransaction(async (tx) => {
      calls++;
      await rename(tx, userIds[0]!, "Rolled back");
      return tx.user.update({ where: { id: userIds[1]! }, data: { email: `${userIds[0]}@chronicle.test` } });
    });
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
    expect(calls).toBe(1);
    expect(await nameOf(userIds[0]!)).toBe("Committed");

    const stale = new Error("stale version");
    calls = 0;
    await expect(runEventTransaction(async () => { calls++; throw stale; })).rejects.toBe(stale);
    expect(calls).toBe(1);
  });

  it.each(retryable)("runs again after %s, the failed run rolled back", async (_, conflict) => {
    const names: string[] = [];
    const result = await runEventTransaction(async (tx) => {
      names.push(await nameOf(userIds[1]!));
      await rename(tx, userIds[1]!, `Attempt ${names.length}`);
      if (names.length === 1) throw conflict();
      return names.length;
    });
    expect(result).toBe(2);
    // The second run saw the name from before the first, whose rename was rolled back.
    expect(names[1]).toBe(names[0]);
    expect(await nameOf(userIds[1]!)).toBe("Attempt 2");
  });

  it("gives up after the given number of runs and rethrows the last conflict", async () => {
    let calls = 0;
    const error = retryable[0]![1]();
    await expect(runEventTransaction(async () => { calls++; throw error; }, 2)).rejects.toBe(error);
    expect(calls).toBe(2);
  });
});

/**
 * Two transactions rename both users in opposite orders, each waiting (at most 500 ms) until the other holds its
 * first row: on PostgreSQL that is a real deadlock (40P01) and one of them is aborted. SQLite runs interactive
 * transactions one at a time, so the first gives up waiting, finishes, and the second follows: no conflict.
 */
async function renameCrosswise(attempts: number) {
  const runs = [0, 0];
  let arrived = 0;
  let release!: () => void;
  const bothHoldOneRow = new Promise<void>((resolve) => (release = resolve));
  const arrive = () => {
    if (++arrived === 2) release();
    return Promise.race([bothHoldOneRow, new Promise((resolve) => setTimeout(resolve, 500))]);
  };
  const crosswise = (index: number, order: string[]) => runEventTransaction(async (tx) => {
    runs[index]!++;
    await rename(tx, order[0]!, `Crosswise ${index}`);
    await arrive();
    await rename(tx, order[1]!, `Crosswise ${index}`);
  }, attempts);
  const settled = await Promise.allSettled([crosswise(0, userIds), crosswise(1, [...userIds].reverse())]);
  return { runs, settled };
}

describe("runEventTransaction under a deadlock", () => {
  it("surfaces PostgreSQL's deadlock as a retryable error when given one run", { timeout: 20_000 }, async () => {
    const { runs, settled } = await renameCrosswise(1);
    expect(runs).toEqual([1, 1]);
    const rejected = settled.filter((result) => result.status === "rejected");
    if (dialect === "postgres") {
      expect(rejected).toHaveLength(1);
      expect(isRetryableTransactionError(rejected[0]!.reason)).toBe(true);
      expect(rejected[0]!.reason).toMatchObject({ cause: { originalCode: "40P01" } });
    } else {
      expect(rejected).toEqual([]);
    }
    // The survivor's two renames, not a mix: the victim's were rolled back.
    const names = await Promise.all(userIds.map(nameOf));
    expect(names[0]).toBe(names[1]);
  });

  it("runs the deadlock victim again, so both writes succeed", { timeout: 20_000 }, async () => {
    const { runs, settled } = await renameCrosswise(3);
    expect(settled.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    expect([...runs].sort()).toEqual(dialect === "postgres" ? [1, 2] : [1, 1]);
    // The one that ran last renamed both.
    const names = await Promise.all(userIds.map(nameOf));
    expect(names[0]).toBe(names[1]);
  });
});
