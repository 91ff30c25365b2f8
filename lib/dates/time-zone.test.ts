import { describe, expect, it } from "vitest";
import { canonicalTimeZone, zonedTimeToUtc, zoneOffset } from "./time-zone";

const at = (iso: string) => Date.parse(iso);

describe("zonedTimeToUtc", () => {
  it("reads a wall-clock time in its zone", () => {
    expect(zonedTimeToUtc({ year: 2025, month: 4, day: 15, hour: 10, minute: 30 }, "Asia/Kuala_Lumpur")).toBe(at("2025-04-15T02:30:00Z"));
    expect(zonedTimeToUtc({ year: 2025, month: 7, day: 3, hour: 18, minute: 0 }, "Europe/Paris")).toBe(at("2025-07-03T16:00:00Z"));
    expect(zonedTimeToUtc({ year: 2025, month: 1, day: 3, hour: 18, minute: 0 }, "Europe/Paris")).toBe(at("2025-01-03T17:00:00Z"));
    expect(zonedTimeToUtc({ year: 2025, month: 6, day: 27, hour: 0, minute: 0 }, "UTC")).toBe(at("2025-06-27T00:00:00Z"));
  });

  it("takes the earlier of a time that happens twice, and moves a time that never happens past the jump", () => {
    // Paris, 26 October 2025: 02:30 happens at +02:00 and again at +01:00.
    expect(zonedTimeToUtc({ year: 2025, month: 10, day: 26, hour: 2, minute: 30 }, "Europe/Paris")).toBe(at("2025-10-26T00:30:00Z"));
    // Paris, 30 March 2025: clocks jump from 02:00 to 03:00, so 02:30 is read as 03:30.
    expect(zonedTimeToUtc({ year: 2025, month: 3, day: 30, hour: 2, minute: 30 }, "Europe/Paris")).toBe(at("2025-03-30T01:30:00Z"));
  });

  it("works far from today", () => {
    expect(zonedTimeToUtc({ year: 1850, month: 6, day: 1, hour: 12, minute: 0 }, "UTC")).toBe(Date.UTC(1850, 5, 1, 12));
    expect(zoneOffset(at("2025-04-15T02:30:00Z"), "Asia/Kuala_Lumpur")).toBe(8 * 3_600_000);
  });
});

describe("canonicalTimeZone", () => {
  it("fixes the case of a known zone and refuses an unknown one", () => {
    expect(canonicalTimeZone("asia/kuala_lumpur")).toBe("Asia/Kuala_Lumpur");
    expect(canonicalTimeZone("UTC")).toBe("UTC");
    expect(canonicalTimeZone("Mars/Olympus")).toBeNull();
  });
});
