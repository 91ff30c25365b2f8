import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openRawDb, type RawDb } from "@/bench/raw-driver";
import { buildBenchCases, checkOutcome, loadBenchContext } from "@/bench/query-suite";
import type { BenchCase } from "@/bench/cases/bench-case";
import { MIX_SIZE } from "@/bench/cases/mix-cases";

/** The benchmark compares the app with hand-written SQL; on the reference events both must give the same answers. */
describe("benchmark cases on the reference data", () => {
  let raw: RawDb;
  let cases: BenchCase[] = [];

  beforeAll(async () => {
    raw = openRawDb(process.env.DATABASE_URL ?? "file:.data/chronicle.db");
    cases = (await buildBenchCases(await loadBenchContext(raw))).cases;
  });
  afterAll(async () => {
    await raw.close();
  });

  it("covers pages, timeline zooms (and a topic by country), dashboard, entity pages, search and the filter mix", () => {
    expect(new Set(cases.map((c) => c.group))).toEqual(new Set(["find", "timeline", "dashboard", "entity", "search", "mix"]));
    // Every combination of the mix runs on the events page, the dashboard and the timeline.
    const mix = cases.filter((c) => c.group === "mix");
    expect(mix).toHaveLength(3 * MIX_SIZE);
    for (const page of ["events page", "dashboard", "timeline by"]) expect(mix.filter((c) => c.name.includes(page)), page).toHaveLength(MIX_SIZE);
    expect(cases.filter((c) => c.group === "timeline").map((c) => c.name)).toEqual([
      "whole history 1990–2026", "one year 2020", "one month 2020-06",
      "the most used topic by country, whole history 1990–2026", "the most used topic by country, one year 2020",
    ]);
    expect(cases.filter((c) => c.group === "entity").map((c) => c.name)).toEqual(["country page (the most used country)", "topic page (the most used topic)", "actor page (the most used actor)"]);
  });

  it("gets the same counts and results from the app and from raw SQL in every case", async () => {
    for (const testCase of cases) {
      const [app, baseline] = [await testCase.app(), await testCase.raw()];
      expect(() => checkOutcome(testCase, app, baseline), `${testCase.group}: ${testCase.name}`).not.toThrow();
    }
    const all = cases.find((c) => c.name === "no filter, by date")!;
    expect((await all.app()).count).toBeGreaterThan(0);
  });
});
