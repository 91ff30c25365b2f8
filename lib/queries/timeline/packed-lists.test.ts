import { describe, expect, it } from "vitest";
import { visitPackedLists } from "./packed-lists";

function lists(text: string) {
  const members: string[] = [];
  let empties = 0;
  visitPackedLists(text, (value) => members.push(value), () => empties++);
  return { members, empties };
}

describe("visitPackedLists", () => {
  it("reads SQLite's JSON lists: quoted members, each empty list counted once", () => {
    expect(lists('["1","22"];[];["MY"];[]')).toEqual({ members: ["1", "22", "MY"], empties: 2 });
  });

  it("reads PostgreSQL's bare lists the same way, an empty list being an empty stretch", () => {
    expect(lists("1,22;;MY;")).toEqual({ members: ["1", "22", "MY"], empties: 2 });
  });

  it("reads one list, empty or not: a group always has one", () => {
    expect(lists('["FR"]')).toEqual({ members: ["FR"], empties: 0 });
    expect(lists("FR")).toEqual({ members: ["FR"], empties: 0 });
    expect(lists("[]")).toEqual({ members: [], empties: 1 });
    expect(lists("")).toEqual({ members: [], empties: 1 });
  });
});
