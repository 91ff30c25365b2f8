import { describe, expect, it } from "vitest";
import { nestsDeeperThan } from "./json-nesting";

describe("nestsDeeperThan", () => {
  it("counts arrays and objects inside each other", () => {
    expect(nestsDeeperThan('[{"a":[1,{"b":[]}]}]', 5)).toBe(false);
    expect(nestsDeeperThan('[{"a":[1,{"b":[]}]}]', 4)).toBe(true);
    expect(nestsDeeperThan("[".repeat(100_000) + "]".repeat(100_000), 64)).toBe(true);
  });
  it("measures depth, not the number of brackets", () => {
    expect(nestsDeeperThan("[]".repeat(10_000), 1)).toBe(false);
  });
  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(nestsDeeperThan(JSON.stringify(["[[[[[[", 'say \\"[[[[', "{{{{"]), 1)).toBe(false);
  });
  it("does not let an unclosed quote on one line hide nesting on the next", () => {
    expect(nestsDeeperThan('name="x\r\n[[[[[[', 3)).toBe(true);
  });
});
