import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { reserveEventIds } from "@/lib/actions/import/reserve-event-ids";
import { db } from "@/lib/db/client";

class RolledBack extends Error {}

describe("reserveEventIds", () => {
  it("takes ids no event has, which an event created afterwards does not take again", async () => {
    const tag = randomUUID().slice(0, 8);
    let seen: { reserved: number[]; again: number[]; created: number } | undefined;
    await db
      .$transaction(async (tx) => {
        const reserved = await reserveEventIds(tx, 3);
        const again = await reserveEventIds(tx, 2);
        const { id: created } = await tx.event.create({ data: { slug: `reserved-${tag}`, title: "After the reservation", startPrecision: "unknown", endPrecision: "none", earliest: 0, latest: 1 }, select: { id: true } });
        seen = { reserved, again, created };
        throw new RolledBack();
      })
      .catch((error: unknown) => {
        if (!(error instanceof RolledBack)) throw error;
      });
    const { reserved, again, created } = seen!;
    const [largest] = await db.event.findMany({ orderBy: { id: "desc" }, take: 1, select: { id: true } });
    expect(reserved).toHaveLength(3);
    expect(new Set([...reserved, ...again, created]).size).toBe(6);
    // Consecutive, after every event there was, and before the event created after them.
    expect(reserved[1]! - reserved[0]!).toBe(1);
    expect(Math.min(...reserved)).toBeGreaterThan(largest?.id ?? 0);
    expect(Math.min(...again)).toBeGreaterThan(Math.max(...reserved));
    expect(created).toBeGreaterThan(Math.max(...again));
  });

  it("takes none when asked for none", async () => {
    await db.$transaction(async (tx) => expect(await reserveEventIds(tx, 0)).toEqual([]));
  });
});
