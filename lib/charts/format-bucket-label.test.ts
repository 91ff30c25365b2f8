import { describe, expect, it } from "vitest";
import { formatBucketLabel, formatBucketLabelLong } from "./format-bucket-label";

describe("formatBucketLabel", () => {
  it("writes months short, quarters and years as people say them", () => {
    expect(formatBucketLabel("2025-06")).toBe("Jun 2025");
    expect(formatBucketLabel("2025-Q3")).toBe("Q3 2025");
    expect(formatBucketLabel("2025")).toBe("2025");
  });

  it("spells the month out in the long form", () => {
    expect(formatBucketLabelLong("2025-06")).toBe("June 2025");
    expect(formatBucketLabelLong("2025-Q3")).toBe("Q3 2025");
  });

  it("refuses keys that are not buckets", () => {
    expect(() => formatBucketLabel("2025-summer")).toThrow();
  });
});
