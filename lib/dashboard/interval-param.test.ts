import { describe, expect, it } from "vitest";
import { parseIntervalParam } from "./interval-param";

describe("parseIntervalParam", () => {
  it("reads month, quarter or year, and nothing as automatic", () => {
    expect(parseIntervalParam(new URLSearchParams("interval=quarter"))).toEqual({ ok: true, value: "quarter" });
    expect(parseIntervalParam(new URLSearchParams(""))).toEqual({ ok: true, value: undefined });
    expect(parseIntervalParam({ interval: "" })).toEqual({ ok: true, value: undefined });
  });

  it("reports anything else against the interval parameter", () => {
    const result = parseIntervalParam(new URLSearchParams("interval=week"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ param: "interval", message: expect.stringContaining("month, quarter, year") });
    expect(parseIntervalParam(new URLSearchParams("interval=month&interval=year")).ok).toBe(false);
  });
});
