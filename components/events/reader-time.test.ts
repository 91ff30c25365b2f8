import { describe, expect, it } from "vitest";
import { formatInZone } from "./reader-time";

const PARIS = { timeZone: "Europe/Paris", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const;

describe("formatInZone", () => {
  it("writes a time in the reader's zone as Intl does", () => {
    expect(formatInZone(Date.UTC(2025, 3, 15, 2, 30), PARIS)).toBe("15 April 2025 at 04:30 CEST");
  });

  it("names a year before the common era as Chronicle's labels do, not as a bare number", () => {
    const idesOfMarch = new Date(0).setUTCFullYear(-43, 2, 15) + 10 * 3_600_000;
    expect(formatInZone(idesOfMarch, { ...PARIS, timeZone: "UTC" })).toBe("15 March 44 BCE at 10:00 UTC");
  });
});
