import { describe, expect, it } from "vitest";
import { parseTypedDate } from "@/lib/dates/typed-date/parse-typed-date";
import { typedDateFormValues } from "./typed-date-values";

const valuesOf = (text: string) => {
  const result = parseTypedDate(text);
  if (result.kind !== "understood") throw new Error(`${text}: ${result.kind}`);
  return typedDateFormValues(result.date, result.label, result.time);
};

describe("typedDateFormValues", () => {
  it("fills a day range with canonical values and no label of its own", () => {
    expect(valuesOf("June 27–28, 2025")).toEqual({ start: { precision: "day", value: "2025-06-27" }, end: { precision: "day", value: "2025-06-28" }, approximate: false, timeZone: "", dateLabel: "" });
  });

  it("keeps a month a month, a season a season, and an open end ongoing", () => {
    expect(valuesOf("July 2019")).toMatchObject({ start: { precision: "month", value: "2019-07" }, end: { precision: "none", value: "" } });
    expect(valuesOf("summer 2025")).toMatchObject({ start: { precision: "season", value: "2025-summer" } });
    expect(valuesOf("since 2023")).toMatchObject({ start: { precision: "year", value: "2023" }, end: { precision: "ongoing", value: "" } });
  });

  it("makes a day with a time a time of day, with its zone", () => {
    expect(valuesOf("15 April 2025 10:30 Asia/Kuala_Lumpur")).toEqual({ start: { precision: "minute", value: "2025-04-15T10:30" }, end: { precision: "none", value: "" }, approximate: false, timeZone: "Asia/Kuala_Lumpur", dateLabel: "" });
    expect(valuesOf("15 April 2025, 10:30")).toMatchObject({ start: { precision: "minute", value: "2025-04-15T10:30" }, timeZone: "" });
  });

  it("marks circa, and keeps a qualifier the date itself cannot hold as the label", () => {
    expect(valuesOf("c. 1850")).toMatchObject({ start: { precision: "year", value: "1850" }, approximate: true, dateLabel: "" });
    expect(valuesOf("early July 2025")).toMatchObject({ start: { precision: "month", value: "2025-07" }, dateLabel: "early July 2025" });
  });
});
