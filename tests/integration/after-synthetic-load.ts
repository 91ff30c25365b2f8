import { afterAll, describe, expect, it } from "vitest";
import { dropDatabase, testDatabaseUrl } from "../support/test-database";
import type { RawQuery } from "./event-counts-reference";
import { loadSyntheticDatabase } from "./load-synthetic-database";
import { openRawDatabase } from "./open-raw-database";

/**
 * A table the bulk loader rebuilds with its triggers off: after a synthetic load into a database of its own it must
 * equal its reference, and once the triggers are back on they must follow raw writes (`expectToMatchEvents` checks,
 * and returns the rows it compared).
 */
export function describeAfterSyntheticLoad(table: string, seed: number, expectToMatchEvents: (run: RawQuery) => Promise<Record<string, unknown>>) {
  describe(`${table} after a synthetic bulk load`, () => {
    const url = testDatabaseUrl(table.replaceAll("_", ""));
    afterAll(() => dropDatabase(url));

    it("equals the reference, and the triggers work again afterwards", { timeout: 120_000 }, async () => {
      const events = await loadSyntheticDatabase(url, { seed, count: 300, firstBatch: 200 });
      const raw = await openRawDatabase(url);
      try {
        expect(Object.keys(await expectToMatchEvents(raw.query)).length).toBeGreaterThan(1000);
        const [first, second] = events;
        await raw.query(`UPDATE events SET importance = 5, earliest = earliest - 3456000000 WHERE id IN (${first!.id}, ${second!.id})`);
        await raw.query(`DELETE FROM event_topics WHERE event_id = ${first!.id}`);
        await raw.query(`DELETE FROM event_countries WHERE event_id = ${second!.id}`);
        await expectToMatchEvents(raw.query);
      } finally {
        await raw.close();
      }
    });
  });
}
