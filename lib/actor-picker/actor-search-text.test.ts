import { describe, expect, it } from "vitest";
import { slugify } from "@/lib/schemas/slugify";
import { containsPattern, foldSearchText, toSlugFragment } from "./actor-search-text";

describe("foldSearchText", () => {
  it("drops case, accents and apostrophes and collapses spaces", () => {
    expect(foldSearchText("  FRANÇOIS   Bayróu ")).toBe("francois bayrou");
    expect(foldSearchText("Xi’s")).toBe("xis");
  });

  it("folds a name the way its slug was made, so a typed name finds the slug", () => {
    for (const name of ["François Bayrou", "Banque de France", "Élysée Palace", "Jean-Marie O’Neil"]) {
      expect(slugify(name)).toContain(toSlugFragment(foldSearchText(name)));
    }
  });
});

describe("toSlugFragment", () => {
  it("turns runs of other characters into one hyphen and trims them", () => {
    expect(toSlugFragment("jean marie, le pen.")).toBe("jean-marie-le-pen");
    expect(toSlugFragment("--")).toBe("");
  });
});

describe("containsPattern", () => {
  it("escapes LIKE wildcards so they match themselves", () => {
    expect(containsPattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
    expect(containsPattern("anwar")).toBe("%anwar%");
  });
});
