import { describe, expect, it } from "vitest";
import { parseIntervalParam } from "./interval-param";

describe("parseIntervalParam", () => {
  it("reads month, quarter or year, and nothing as automatic", () => {
    expect(parseIntervalParam(new URLSearchParams("interval=quarter"))).toEqual({ value: "quarter", errors: [] });
    expect(parseIntervalParam(new URLSearchParams(""))).toEqual({ value: undefined, errors: [] });
    expect(parseIntervalParam({ interval: "" })).toEqual({ value: undefined, errors: [] });
  });

  it("reports anything else against the interval parameter", () => {
    const result = parseIntervalParam(new URLSearchParams("interval=week"));
    expect(result).toMatchObject({ value: undefined, errors: [{ param: "interval", message: expect.stringContaining("month, quarter, year") }] });
    expect(parseIntervalParam(new URLSearchParams("interval=month&interval=year")).errors).toHaveLength(1);
  });
});
