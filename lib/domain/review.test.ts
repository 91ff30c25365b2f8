import { describe, expect, it } from "vitest";
import { statusChangeRefusal, statusesSettableBy } from "./review";
import type { Viewer } from "./viewer";

const editor: Viewer = { userId: "e", role: "editor" };
const reviewer: Viewer = { userId: "r", role: "reviewer" };
const admin: Viewer = { userId: "a", role: "admin" };

describe("statusesSettableBy", () => {
  it("gives editors draft and in review for new, draft, submitted and unpublished events", () => {
    expect(statusesSettableBy(editor, null)).toEqual(["draft", "in_review"]);
    expect(statusesSettableBy(editor, "draft")).toEqual(["draft", "in_review"]);
    expect(statusesSettableBy(editor, "in_review")).toEqual(["draft", "in_review"]);
    expect(statusesSettableBy(editor, "unpublished")).toEqual(["draft", "in_review", "unpublished"]);
  });

  it("keeps a published event published when an editor saves it", () => {
    expect(statusesSettableBy(editor, "published")).toEqual(["published"]);
  });

  it("gives reviewers and admins every status from anywhere", () => {
    for (const viewer of [reviewer, admin]) {
      for (const from of [null, "draft", "in_review", "published", "unpublished"] as const) {
        expect(statusesSettableBy(viewer, from)).toEqual(["draft", "in_review", "published", "unpublished"]);
      }
    }
  });
});

describe("statusChangeRefusal", () => {
  it("says who publishes when an editor tries to", () => {
    expect(statusChangeRefusal(editor, "draft", "published")).toBe("Editors save a draft or submit for review; a reviewer or admin makes an event published.");
    expect(statusChangeRefusal(editor, "published", "draft")).toContain("a reviewer or admin unpublishes");
    expect(statusChangeRefusal(editor, "draft", "in_review")).toBeNull();
    expect(statusChangeRefusal(reviewer, "in_review", "published")).toBeNull();
  });
});
