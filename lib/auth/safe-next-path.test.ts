import { describe, expect, it } from "vitest";
import { safeNextPath } from "./safe-next-path";

describe("safeNextPath", () => {
  it("keeps relative paths on this site, with their query", () => {
    expect(safeNextPath("/admin/events/3/edit")).toBe("/admin/events/3/edit");
    expect(safeNextPath("/events?topic=trade&from=2019-07")).toBe("/events?topic=trade&from=2019-07");
  });
  it("sends anything that could leave the site to /admin", () => {
    for (const next of ["https://evil.test/", "//evil.test", "/\\evil.test", "\\\\evil.test", "javascript:alert(1)", "admin", "", undefined, ["/admin"], "/sign-in"]) {
      expect(safeNextPath(next)).toBe("/admin");
    }
  });
});
