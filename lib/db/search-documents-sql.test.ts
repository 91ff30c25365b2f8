import { describe, expect, it } from "vitest";
import { asciiFieldVector } from "./search-documents-sql";

describe("asciiFieldVector", () => {
  it("gives each token of an ASCII text once, lower case, split at anything but letters and digits", () => {
    expect(asciiFieldVector("Rail-link: FINANCING, financing & 665 km!", "B")).toBe("'rail':1B 'link':1B 'financing':1B '665':1B 'km':1B");
    expect(asciiFieldVector("", "A")).toBe("");
    expect(asciiFieldVector(null, "C")).toBe("");
    expect(asciiFieldVector(" -- ", "D")).toBe("");
  });

  it("leaves any other text to the database's fold (null)", () => {
    expect(asciiFieldVector("Élysée", "A")).toBeNull();
    expect(asciiFieldVector("State visit \u212Aelvin", "C")).toBeNull();
  });
});
