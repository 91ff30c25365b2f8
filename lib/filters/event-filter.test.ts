import { describe, expect, it } from "vitest";
import { filterPeriod, parseEventFilter, serializeEventFilter, type EventFilter } from "./event-filter";

const parse = (query: string, otherKeys: string[] = []) => parseEventFilter(new URLSearchParams(query), otherKeys);
const ok = (query: string): EventFilter => {
  const result = parse(query);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
};

describe("parseEventFilter", () => {
  it("reads every filter key", () => {
    expect(ok("q=ECRL&from=2019&to=2025-07&match=start&topic=diplomacy,fintech&actor=anwar-ibrahim&country=my,FR&actor_kind=central_bank&importance=3&status=draft")).toEqual({
      q: "ECRL",
      from: { precision: "year", year: 2019 },
      to: { precision: "month", year: 2025, month: 7 },
      match: "start",
      topics: ["diplomacy", "fintech"],
      actors: ["anwar-ibrahim"],
      countries: ["MY", "FR"],
      actorKinds: ["central_bank"],
      minImportance: 3,
      status: "draft",
    });
  });

  it("treats an empty query as no filter", () => {
    expect(ok("")).toEqual({ topics: [], actors: [], countries: [], actorKinds: [] });
    expect(ok("q=&topic=")).toEqual({ topics: [], actors: [], countries: [], actorKinds: [] });
  });

  it("reports unknown parameters but accepts the caller's own", () => {
    const result = parse("colour=red&page=2", ["page"]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]?.param).toBe("colour");
      expect(result.errors[0]?.message).toContain("“colour” is not a filter Chronicle knows");
    }
  });

  it.each([
    ["from=2025-02-31", "from", "February 2025 has 28 days"],
    ["to=yesterday", "to", "not a date Chronicle can read"],
    ["importance=9", "importance", "at most 5"],
    ["importance=high", "importance", "whole number"],
    ["country=Malaysia", "country", "ISO 3166"],
    ["topic=Not A Slug", "topic", "not a valid identifier"],
    ["status=secret", "status", "must be one of"],
    ["from=2025&to=2024", "to", "is before “from”"],
    ["topic=a&topic=b", "topic", "given 2 times"],
  ])("explains what is wrong with %s", (query, param, message) => {
    const result = parse(query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const error = result.errors.find((e) => e.param === param);
      expect(error?.message).toContain(message);
    }
  });
});

describe("serializeEventFilter", () => {
  it("round-trips through the URL", () => {
    const queries = [
      "q=ECRL&from=2019&to=2025-07&match=start&topic=diplomacy%2Cfintech&actor=anwar-ibrahim&country=MY%2CFR&importance=3&status=draft",
      "from=2025-summer",
      "from=2025-Q2&to=2025-06-27",
      "",
    ];
    for (const query of queries) {
      const filter = ok(query);
      expect(ok(serializeEventFilter(filter).toString())).toEqual(filter);
    }
    expect(serializeEventFilter(ok("topic=fintech&q=crypto")).toString()).toBe("q=crypto&topic=fintech");
  });

  it("leaves the default period match out of the URL", () => {
    expect(serializeEventFilter(ok("from=2025&match=overlap")).toString()).toBe("from=2025");
  });
});

describe("filterPeriod", () => {
  it("runs from the start of `from` to the end of `to`", () => {
    const period = filterPeriod(ok("from=2025-06&to=2025-07"));
    expect(new Date(period.start!).toISOString()).toBe("2025-06-01T00:00:00.000Z");
    expect(new Date(period.end!).toISOString()).toBe("2025-08-01T00:00:00.000Z");
    expect(filterPeriod(ok(""))).toEqual({ start: null, end: null });
  });
});
