import { describe, expect, it } from "vitest";
import { previewDateLabel } from "./preview-date-label";

describe("previewDateLabel", () => {
  it("formats a two-day range the way the timeline shows it", () => {
    expect(previewDateLabel({ start: { precision: "day", value: "2025-06-27" }, end: { precision: "day", value: "28 June 2025" } })).toBe("27–28 June 2025");
  });
  it("reads months, seasons and circa dates as typed in articles", () => {
    expect(previewDateLabel({ start: { precision: "month", value: "July 2019" } })).toBe("July 2019");
    expect(previewDateLabel({ start: { precision: "season", value: "Summer 2025" }, approximate: true })).toBe("c. Summer 2025");
    expect(previewDateLabel({ start: { precision: "year", value: "2023" }, end: { precision: "ongoing" } })).toBe("since 2023");
  });
  it("shows nothing while the date is incomplete, mistyped or impossible", () => {
    expect(previewDateLabel({ start: { precision: "day", value: "2025-06" } })).toBeNull();
    expect(previewDateLabel({ start: { precision: "day", value: "2025-02-31" } })).toBeNull();
    expect(previewDateLabel({ start: { precision: "year", value: "2025" }, end: { precision: "year", value: "2024" } })).toBeNull();
  });
});
