import { describe, expect, it } from "vitest";
import { formatWindowLabel } from "./format-window-label";

const at = (iso: string) => Date.parse(iso.includes("T") ? iso : `${iso}T00:00:00Z`);

describe("formatWindowLabel", () => {
  it.each([
    ["1970-01-01", "2027-01-01", "1970 – 2026"],
    ["2025-04-01", "2025-08-01", "April 2025 – July 2025"],
    ["2025-04-01", "2025-05-01", "1 – 30 April 2025"],
    ["2025-06-20", "2025-07-10", "20 June 2025 – 9 July 2025"],
    ["2025-06-27T06:00:00Z", "2025-06-27T12:00:00Z", "27 June 2025, 06:00 – 12:00"],
    ["2025-06-27T18:00:00Z", "2025-06-28T00:00:00Z", "27 June 2025, 18:00 – 28 June 00:00"],
    ["-000263-01-01T00:00:00Z", "-000144-01-01T00:00:00Z", "264 BCE – 146 BCE"],
    ["-000043-03-01T00:00:00Z", "-000043-04-01T00:00:00Z", "1 – 31 March 44 BCE"],
    ["-000001-11-01T00:00:00Z", "0002-01-01T00:00:00Z", "November 2 BCE – December 1 CE"],
  ])("names [%s, %s) as %s", (start, end, label) => {
    expect(formatWindowLabel({ start: at(start), end: at(end) })).toBe(label);
  });
});
