import { describe, expect, it } from "vitest";
import { parseEventReference } from "./parse-event-reference";

describe("parseEventReference", () => {
  it("reads a plain or #-prefixed number as an id", () => {
    expect(parseEventReference(" 9 ")).toEqual({ id: 9 });
    expect(parseEventReference("#42")).toEqual({ id: 42 });
  });

  it("reads a slug, in any case, as a slug", () => {
    expect(parseEventReference("xi-state-visit-2025")).toEqual({ slug: "xi-state-visit-2025" });
    expect(parseEventReference("ECRL")).toEqual({ slug: "ecrl" });
  });

  it("reads the id or slug out of an event's page or edit page address", () => {
    expect(parseEventReference("http://localhost:3000/events/anwar-official-visit-france-2025")).toEqual({ slug: "anwar-official-visit-france-2025" });
    expect(parseEventReference("https://chronicle.example/admin/events/17/edit?saved=created")).toEqual({ id: 17 });
    expect(parseEventReference("/events/sasana-symposium-2025/")).toEqual({ slug: "sasana-symposium-2025" });
  });

  it("names nothing when the text is several words or empty", () => {
    expect(parseEventReference("state visit")).toBeNull();
    expect(parseEventReference("Xi’s visit")).toBeNull();
    expect(parseEventReference("/events/%E0%A4%A")).toBeNull();
    expect(parseEventReference("")).toBeNull();
  });

  it("takes zero and numbers too long to be ids as possible slugs only", () => {
    expect(parseEventReference("0")).toEqual({ slug: "0" });
    expect(parseEventReference("2147483647")).toEqual({ id: 2147483647 });
    expect(parseEventReference("2147483648")).toEqual({ slug: "2147483648" });
  });
});
