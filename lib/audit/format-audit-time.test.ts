import { describe, expect, it } from "vitest";
import { formatAuditTime, formatRelativeTime } from "./format-audit-time";

const now = new Date("2026-12-07T12:00:00Z");
const ago = (seconds: number) => formatRelativeTime(new Date(now.getTime() - seconds * 1000), now);

describe("the log's times", () => {
  it("name the second, in UTC", () => {
    expect(formatAuditTime(new Date("2026-12-07T09:05:03Z"))).toBe("7 Dec 2026, 09:05:03 UTC");
  });

  it("say how long ago in the largest whole unit", () => {
    expect(ago(0)).toBe("now");
    expect(ago(42)).toBe("42 seconds ago");
    expect(ago(3 * 60 + 20)).toBe("3 minutes ago");
    expect(ago(2 * 3600)).toBe("2 hours ago");
    expect(ago(26 * 3600)).toBe("yesterday");
    expect(ago(400 * 24 * 3600)).toBe("last year");
  });
});
