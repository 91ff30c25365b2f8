import { describe, expect, it } from "vitest";
import { formatTrashCursor, parseTrashParams } from "./trash-params";

describe("parseTrashParams", () => {
  it("reads the cursor its own links write, and the notices' ids", () => {
    const cursor = { deletedAt: new Date("2026-12-07T09:05:03.250Z"), id: 41 };
    const { value, errors } = parseTrashParams(new URLSearchParams(`before=${formatTrashCursor(cursor)}&restored=3`));
    expect(errors).toEqual([]);
    expect(value).toEqual({ before: cursor, restored: 3, purged: null });
  });

  it("explains a bad cursor or id and shows the first page", () => {
    const { value, errors } = parseTrashParams(new URLSearchParams("before=yesterday&purged=0&page=2"));
    expect(errors.map((error) => error.param)).toEqual(["page", "before", "purged"]);
    expect(errors[1]!.message).toBe("“before” must be a position in the trash, as its “Older” link writes it.");
    expect(value).toEqual({ before: null, restored: null, purged: null });
    expect(parseTrashParams(new URLSearchParams("before=1765102530123-2147483648&restored=2147483648")).errors.map((error) => error.param)).toEqual(["before", "restored"]);
  });
});
