import { describe, expect, it } from "vitest";
import { EMPTY_FILTER, parseEventFilter } from "@/lib/filters/event-filter";
import { toActorBars, toCountryBars, toRankingTable } from "./ranking-chart-data";

const countries = [
  { code: "MY", name: "Malaysia", count: 15 },
  { code: "CN", name: "China", count: 9 },
];

describe("ranking chart data", () => {
  it("links each country bar to the filter narrowed to that country", () => {
    const bars = toCountryBars(countries, EMPTY_FILTER);
    expect(bars.map((b) => [b.label, b.value, b.href, b.muted])).toEqual([
      ["Malaysia", 15, "/events?country=MY", false],
      ["China", 9, "/events?country=CN", false],
    ]);
  });

  it("mutes and unlinks countries that only appear alongside the filter's own countries", () => {
    const parsed = parseEventFilter(new URLSearchParams("country=MY"));
    if (!parsed.ok) throw new Error("filter");
    const bars = toCountryBars(countries, parsed.value);
    expect(bars.map((b) => b.muted)).toEqual([false, true]);
    expect(bars[1]!.href).toBeNull();
  });

  it("names the actor's kind and puts it in its own table column", () => {
    const bars = toActorBars([{ slug: "bank-negara-malaysia", name: "Bank Negara Malaysia", kind: "central_bank", count: 1 }], EMPTY_FILTER);
    expect(bars[0]).toMatchObject({ detail: "Central bank", href: "/events?actor=bank-negara-malaysia" });
    const table = toRankingTable(bars, "Actor", "Kind");
    expect(table.columns.map((c) => c.label)).toEqual(["Actor", "Kind", "Events"]);
    expect(table.rows[0]!.cells.map((c) => c.text)).toEqual(["Bank Negara Malaysia", "Central bank", "1"]);
  });
});
