import { describe, expect, it } from "vitest";
import { asciiFieldVector, asciiSearchDocument } from "./search-documents-sql";

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

describe("asciiSearchDocument", () => {
  it("gives the four fields' vectors and the lexemes tagged by field, a word in two fields under both", () => {
    expect(asciiSearchDocument(["Rail link", "The rail", "AFP Rail", null])).toEqual({
      vectors: ["'rail':1A 'link':1A", "'the':1B 'rail':1B", "'afp':1C 'rail':1C", ""],
      lexemes: "'A.rail' 'A.link' 'B.the' 'B.rail' 'C.afp' 'C.rail'",
    });
  });

  it("leaves a field beyond ASCII to the database, and with it the lexemes, which need every field", () => {
    expect(asciiSearchDocument(["Élysée talks", "plain", "", ""])).toEqual({ vectors: [null, "'plain':1B", "", ""], lexemes: null });
  });
});
