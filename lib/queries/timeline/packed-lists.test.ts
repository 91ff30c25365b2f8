import { describe, expect, it } from "vitest";
import { MemberNumbers, visitPackedMembers } from "./packed-lists";

function lists(text: string, numbers = new MemberNumbers()) {
  const members: string[] = [];
  let empties = 0;
  visitPackedMembers(text, numbers, (n) => members.push(numbers.members[n]!), () => empties++);
  return { members, empties };
}

describe("visitPackedMembers", () => {
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

describe("MemberNumbers", () => {
  it("gives a member the same number wherever it is met, ids and codes alike, and new members the next one", () => {
    const numbers = new MemberNumbers();
    const seen: number[] = [];
    visitPackedMembers('["12","7"];["12"];["MY","FR"];["MY"]', numbers, (n) => seen.push(n), () => {});
    visitPackedMembers("7,12;FR", numbers, (n) => seen.push(n), () => {});
    expect(numbers.members).toEqual(["12", "7", "MY", "FR"]);
    expect(seen).toEqual([0, 1, 0, 2, 3, 2, 1, 0, 3]);
  });

  it("keeps apart members whose digits would read as the same number", () => {
    const numbers = new MemberNumbers();
    expect(lists("7,07,0007,1234567890123456,1234567890123457", numbers).members).toEqual(["7", "07", "0007", "1234567890123456", "1234567890123457"]);
    expect(numbers.members).toEqual(["7", "07", "0007", "1234567890123456", "1234567890123457"]);
    expect(lists('["12","1"2"]', numbers).members).toEqual(["12", '1"2']);
  });
});
