import { describe, expect, it } from "vitest";
import { atTimeOfDay, defaultTimeZoneOf, needsDefaultTimeZone, timeWithoutZoneMessage } from "./import-times";

describe("import times", () => {
  it("makes a day with a time that minute, and leaves anything else alone", () => {
    const day = { precision: "day", year: 2019, month: 7, day: 4 } as const;
    expect(atTimeOfDay(day, { hour: 10, minute: 30 })).toEqual({ precision: "minute", year: 2019, month: 7, day: 4, hour: 10, minute: 30 });
    expect(atTimeOfDay(day, null)).toBe(day);
    expect(atTimeOfDay({ precision: "month", year: 2019, month: 7 }, { hour: 10, minute: 30 })).toEqual({ precision: "month", year: 2019, month: 7 });
  });

  it("names the default zone as Intl does, keeps an unknown one for the schema to name, and has none when empty", () => {
    expect(defaultTimeZoneOf({ defaultTimeZone: " asia/kuala_lumpur " })).toBe("Asia/Kuala_Lumpur");
    expect(defaultTimeZoneOf({ defaultTimeZone: "Mars/Olympus_Mons" })).toBe("Mars/Olympus_Mons");
    expect(defaultTimeZoneOf({ defaultTimeZone: "" })).toBeNull();
    expect(defaultTimeZoneOf({ defaultTimeZone: null })).toBeNull();
    expect(defaultTimeZoneOf({})).toBeNull();
  });

  it("tells a time without a zone from other errors", () => {
    expect(needsDefaultTimeZone({ line: 2, column: "Time", message: timeWithoutZoneMessage({ hour: 9, minute: 5 }) })).toBe(true);
    expect(timeWithoutZoneMessage({ hour: 9, minute: 5 })).toBe("The time 09:05 has no time zone; give the time zone the file's times are in, like Asia/Kuala_Lumpur or UTC.");
    expect(needsDefaultTimeZone({ line: 2, column: "Title", message: "Enter a title." })).toBe(false);
  });
});
