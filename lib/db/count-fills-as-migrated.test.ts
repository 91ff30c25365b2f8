import fs from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { fillEventCountsSql } from "./event-counts-sql";
import { fillEventPairCountsSql, fillEventPairEdgeRowsSql } from "./event-pair-counts-sql";

/**
 * The migrations that created event_counts and event_pair_counts backfilled them with the fill statements of their
 * time. Since then only the period arithmetic changed, to count months before the common era; for the years 1–9999,
 * the only ones those migrations could meet, both spellings give the same periods (event-counts-sql.test.ts
 * evaluates today's). So the fills, spelled with the periods as they were, must be exactly what the migrations ran.
 */
vi.mock("./count-period-sql", async (importOriginal) => {
  const original = await importOriginal<typeof import("./count-period-sql")>();
  const { AFTER_ALL, BEFORE_ALL } = original;
  const legacyYearMonth = (day: string, dialect: string) => {
    if (dialect === "postgres") {
      const ym = (d: string) => `(extract(year FROM DATE '1970-01-01' + ${d}) * 100 + extract(month FROM DATE '1970-01-01' + ${d}))::integer`;
      return `CASE WHEN ${day} < -719162 THEN ${ym(`(${day} + 146097)`)} - 40000 ELSE ${ym(day)} END`;
    }
    const ym = (d: string) => `CAST(strftime('%Y%m', ${d} * 86400, 'unixepoch') AS INTEGER)`;
    return `CASE WHEN ${day} >= 2932897 THEN ${ym(`(${day} - 146097)`)} + 40000 ELSE ${ym(day)} END`;
  };
  return {
    ...original,
    monthOfDay: (day: string, dialect: string) => {
      const ym = legacyYearMonth(day, dialect);
      return `CASE WHEN ${day} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${day} ELSE (${ym}) / 100 * 12 + (${ym}) % 100 - 1 END`;
    },
    yearOfMonth: (month: string) => `CASE WHEN ${month} IN (${BEFORE_ALL}, ${AFTER_ALL}) THEN ${month} ELSE ${month} / 12 END`,
  };
});

const migration = (dialect: string, name: string) => fs.readFileSync(`prisma/${dialect}/migrations/${name}/migration.sql`, "utf8");

describe("the count tables' fills, with the periods spelled as the migrations spelled them", () => {
  it.each(["sqlite", "postgres"] as const)("fill event_counts on %s exactly as its migration backfilled it", (dialect) => {
    const text = migration(dialect, "20261124150000_event_counts");
    for (const statement of fillEventCountsSql(dialect)) expect(text).toContain(`${statement};`);
  });

  it.each(["sqlite", "postgres"] as const)("fill event_pair_counts on %s exactly as its migrations backfilled it", (dialect) => {
    const text = migration(dialect, "20261124160000_event_pair_counts");
    for (const statement of fillEventPairCountsSql(dialect)) expect(text).toContain(`${statement};`);
    const ends = migration(dialect, "20261125100000_event_pair_count_ends");
    for (const statement of fillEventPairEdgeRowsSql(dialect)) expect(ends).toContain(`${statement};`);
  });
});
