import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { rebuildEventCountsSql } from "./event-counts-sql";
import { rebuildEventLinkDaysSql } from "./event-link-days-sql";

const migration = (dialect: string) => fs.readFileSync(`prisma/${dialect}/migrations/20261126100000_event_link_days/migration.sql`, "utf8");

describe("event_link_days SQL", () => {
  it.each(["sqlite", "postgres"] as const)("fills %s exactly as the migration backfilled it", (dialect) => {
    const [clear, fill] = rebuildEventLinkDaysSql(dialect);
    expect(clear).toBe(dialect === "postgres" ? "TRUNCATE event_link_days" : "DELETE FROM event_link_days");
    expect(migration(dialect)).toContain(`${fill};`);
  });

  it.each(["sqlite", "postgres"] as const)("names every %s trigger so that the bulk loaders switch it off", (dialect) => {
    const names = [...migration(dialect).matchAll(/CREATE TRIGGER "([^"]+)"/g)].map((match) => match[1]);
    // events (insert, update, delete) and each of the three link tables (insert, update, delete)
    expect(names).toHaveLength(12);
    for (const name of names) expect(name).toMatch(/^event_counts_/);
  });

  it("is refilled last by the count rebuild the loaders run", () => {
    for (const dialect of ["sqlite", "postgres"] as const) expect(rebuildEventCountsSql(dialect).slice(-2)).toEqual(rebuildEventLinkDaysSql(dialect));
  });

  it("never puts a semicolon inside a PostgreSQL statement (the migration runner splits on them)", () => {
    for (const statement of rebuildEventLinkDaysSql("postgres")) expect(statement).not.toContain(";");
    for (const line of migration("postgres").split("\n")) expect(line.replace(/;$/, "")).not.toContain(";");
  });
});
