import { describe, expect, it } from "vitest";
import { bucketKeyOfTime, bucketSpan, compareBucketKeys, countBuckets, enumerateBucketKeys, bucketIntervalOf } from "./bucket-keys";

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe("bucket keys", () => {
  it("names the month, quarter and year holding an instant, as the SQL buckets are keyed", () => {
    expect(bucketKeyOfTime(at("2025-06-27"), "month")).toBe("2025-06");
    expect(bucketKeyOfTime(at("2025-07-01"), "quarter")).toBe("2025-Q3");
    expect(bucketKeyOfTime(at("2025-06-30"), "quarter")).toBe("2025-Q2");
    expect(bucketKeyOfTime(at("1974-05-31"), "year")).toBe("1974");
  });

  it("lists every bucket between two instants, across a year end", () => {
    expect(enumerateBucketKeys(at("2024-11-15"), at("2025-02-01"), "month")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(enumerateBucketKeys(at("2024-11-15"), at("2025-04-01"), "quarter")).toEqual(["2024-Q4", "2025-Q1", "2025-Q2"]);
    expect(countBuckets(at("2013-01-01"), at("2025-12-31"), "year")).toBe(13);
  });

  it("gives a bucket's half-open span and its interval", () => {
    expect(bucketSpan("2025-Q3")).toEqual({ start: at("2025-07-01"), end: at("2025-10-01") });
    expect(bucketSpan("2025-06")).toEqual({ start: at("2025-06-01"), end: at("2025-07-01") });
    expect(bucketIntervalOf("2025")).toBe("year");
    expect(() => bucketIntervalOf("2025-06-01")).toThrow();
  });

  it("names buckets before the common era by their astronomical years, and orders them in time", () => {
    const ides = new Date(0).setUTCFullYear(-43, 2, 15);
    expect(bucketKeyOfTime(ides, "month")).toBe("-0043-03");
    expect(bucketKeyOfTime(ides, "quarter")).toBe("-0043-Q1");
    expect(bucketKeyOfTime(ides, "year")).toBe("-0043");
    expect(enumerateBucketKeys(new Date(0).setUTCFullYear(-1, 10, 1), new Date(0).setUTCFullYear(1, 0, 1), "quarter")).toEqual(["-0001-Q4", "0000-Q1", "0000-Q2", "0000-Q3", "0000-Q4", "0001-Q1"]);
    expect(bucketSpan("-0043-03").start).toBe(new Date(0).setUTCFullYear(-43, 2, 1));
    expect(["-0043", "0001", "-0044", "0000"].sort(compareBucketKeys)).toEqual(["-0044", "-0043", "0000", "0001"]);
  });
});
