import { describe, expect, it } from "vitest";
import { chooseInterval, planBuckets } from "./plan-buckets";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("chooseInterval", () => {
  it("uses months up to 36 months, then quarters, then years", () => {
    expect(chooseInterval(at("2023-01-01"), at("2025-12-31"))).toBe("month");
    expect(chooseInterval(at("2023-01-01"), at("2026-01-01"))).toBe("quarter");
    expect(chooseInterval(at("2016-01-01"), at("2025-12-31"))).toBe("quarter");
    expect(chooseInterval(at("1974-05-31"), at("2025-07-05"))).toBe("year");
  });
});

describe("planBuckets", () => {
  it("spans the data when the filter names no period", () => {
    const plan = planBuckets({ dataFirst: at("2025-04-15"), dataLast: at("2025-07-05"), periodStart: null, periodEnd: null });
    expect(plan).toEqual({ interval: "month", choice: "auto", keys: ["2025-04", "2025-05", "2025-06", "2025-07"] });
  });

  it("spans the whole period when the filter names one, so quiet months show", () => {
    const plan = planBuckets({ dataFirst: at("2025-06-27"), dataLast: at("2025-06-29"), periodStart: at("2025-04-01"), periodEnd: at("2025-08-01") });
    expect(plan.keys).toEqual(["2025-04", "2025-05", "2025-06", "2025-07"]);
  });

  it("keeps an interval the reader asked for", () => {
    const plan = planBuckets({ dataFirst: at("1974-05-31"), dataLast: at("2025-07-05"), periodStart: null, periodEnd: null, requested: "quarter" });
    expect(plan.interval).toBe("quarter");
    expect(plan.choice).toBe("requested");
    expect(plan.keys?.[0]).toBe("1974-Q2");
  });

  it("coarsens a requested interval that would need too many bars, and says so", () => {
    const plan = planBuckets({ dataFirst: at("1974-05-31"), dataLast: at("2025-07-05"), periodStart: null, periodEnd: null, requested: "month" });
    expect(plan).toMatchObject({ interval: "year", choice: "coarsened" });
    expect(plan.keys).toHaveLength(52);
  });

  it("falls back to the data's span, then to only non-empty buckets, when the period is huge", () => {
    const wide = planBuckets({ dataFirst: at("2013-01-01"), dataLast: at("2025-07-05"), periodStart: at("0001-01-01"), periodEnd: null });
    expect(wide.keys).toHaveLength(13);
    const sparse = planBuckets({ dataFirst: at("1200-01-01"), dataLast: at("2025-07-05"), periodStart: null, periodEnd: null });
    expect(sparse).toEqual({ interval: "year", choice: "auto", keys: null });
  });

  it("draws no buckets when no event has a known start", () => {
    expect(planBuckets({ dataFirst: null, dataLast: null, periodStart: null, periodEnd: null }).keys).toEqual([]);
  });
});
