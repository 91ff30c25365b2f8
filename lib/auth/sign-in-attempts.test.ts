import { describe, expect, it } from "vitest";
import { createAttemptCounter, takeSignInAttempt } from "./sign-in-attempts";

describe("createAttemptCounter", () => {
  it("allows max attempts per key in a window, then says how long to wait", () => {
    const take = createAttemptCounter(3, 10_000);
    expect([take("a", 0), take("a", 1_000), take("a", 2_000), take("a", 2_500)]).toEqual([0, 0, 0, 8]);
    expect(take("b", 2_500)).toBe(0);
    expect(take("a", 10_000)).toBe(0);
  });
});

describe("takeSignInAttempt", () => {
  it("counts one account however its email is typed", () => {
    const now = 1_000_000;
    expect(takeSignInAttempt("Someone@Example.org", now)).toBe(0);
    expect(takeSignInAttempt(" someone@example.org", now)).toBe(0);
    expect(takeSignInAttempt("SOMEONE@EXAMPLE.ORG ", now)).toBe(0);
    expect(takeSignInAttempt("someone@example.org", now)).toBeGreaterThan(0);
  });
});
