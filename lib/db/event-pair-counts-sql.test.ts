import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { rebuildEventCountsSql } from "./event-counts-sql";
import { rebuildEventPairCountsSql } from "./event-pair-counts-sql";

const migration = (dialect: string, name = "20261124160000_event_pair_counts") =>
  fs.readFileSync(`prisma/${dialect}/migrations/${name}/migration.sql`, "utf8");
const ENDS = "20261125100000_event_pair_count_ends";

describe("rebuildEventPairCountsSql", () => {
  // The triggers themselves come from lib/db/triggers now (its test compares them with the newest migration).
  it("replaced every SQLite trigger of the first migration in the second", () => {
    const ends = migration("sqlite", ENDS);
    const dropped = [...ends.matchAll(/DROP TRIGGER "([^"]+)"/g)].map((match) => match[1]);
    const created = [...migration("sqlite").matchAll(/CREATE TRIGGER "([^"]+)"/g)].map((match) => match[1]);
    expect(dropped.sort()).toEqual(created.sort());
  });

  it.each(["sqlite", "postgres"] as const)("names every %s trigger so that the bulk loaders switch it off", (dialect) => {
    const names = [...migration(dialect).matchAll(/CREATE TRIGGER "([^"]+)"/g)].map((match) => match[1]);
    expect(names).toHaveLength(12);
    for (const name of names) expect(name).toMatch(/^event_counts_pairs_/);
    const replaced = [...migration(dialect, ENDS).matchAll(/CREATE TRIGGER "([^"]+)"/g)].map((match) => match[1]);
    expect(replaced).toHaveLength(dialect === "sqlite" ? 12 : 0);
    for (const name of replaced) expect(name).toMatch(/^event_counts_pairs_/);
  });

  it("empties the table before filling it, and runs after event_counts' own rebuild", () => {
    expect(rebuildEventPairCountsSql("sqlite")[0]).toBe("DELETE FROM event_pair_counts");
    expect(rebuildEventPairCountsSql("postgres")[0]).toBe("TRUNCATE event_pair_counts");
    for (const dialect of ["sqlite", "postgres"] as const) {
      const pairs = rebuildEventPairCountsSql(dialect);
      expect(rebuildEventCountsSql(dialect).slice(-pairs.length - 2, -2)).toEqual(pairs);
    }
  });

  it("never puts a semicolon inside a PostgreSQL statement (the migration runner splits on them)", () => {
    for (const statement of rebuildEventPairCountsSql("postgres")) expect(statement).not.toContain(";");
    for (const name of [undefined, ENDS]) {
      for (const line of migration("postgres", name).split("\n")) expect(line.replace(/;$/, "")).not.toContain(";");
    }
  });
});
