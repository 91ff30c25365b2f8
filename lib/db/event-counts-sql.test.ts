import fs from "node:fs";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { yearOfMonth } from "./count-period-sql";
import { dayOf, fillEventCountsSql, lastDayOf, monthIndexOfDay, rebuildEventCountsSql } from "./event-counts-sql";
import { rebuildEventActorKindsSql } from "./event-actor-kinds-sql";

const migration = (dialect: string) =>
  fs.readFileSync(`prisma/${dialect}/migrations/20261124150000_event_counts/migration.sql`, "utf8");

describe("rebuildEventCountsSql", () => {
  it("refills event_actor_kinds first (the counts may read it), then empties event_counts before filling it", () => {
    for (const [dialect, clear] of [["sqlite", "DELETE FROM event_counts"], ["postgres", "TRUNCATE event_counts"]] as const) {
      const statements = rebuildEventCountsSql(dialect);
      expect(statements.slice(0, 2)).toEqual(rebuildEventActorKindsSql());
      expect(statements[2]).toBe(clear);
      expect(statements[3]).toBe(fillEventCountsSql(dialect)[0]);
    }
  });

  it("never puts a semicolon inside a PostgreSQL statement (the migration runner splits on them)", () => {
    for (const statement of rebuildEventCountsSql("postgres")) expect(statement).not.toContain(";");
    // Comments included: the runner splits "-- a; b" too.
    for (const line of migration("postgres").split("\n")) expect(line.replace(/;$/, "")).not.toContain(";");
  });

  it.each(["sqlite", "postgres"] as const)("gives actors no day rows on %s and sums every year into all time", (dialect) => {
    const [days, actorMonths, links, , , allTime] = fillEventCountsSql(dialect);
    expect(days).not.toContain("'actor'");
    expect(actorMonths).toContain("SELECT g.edge, 1,");
    expect(links).toContain("grain = 1 AND dim = 'actor'");
    expect(allTime).toContain("SELECT edge, 3, 0,");
  });
});

describe("the SQLite period expressions", () => {
  const sqlite = new Database(":memory:");
  const evaluate = (sql: string) => (sqlite.prepare(`SELECT ${sql} AS v`).get() as { v: number }).v;
  const utc = (year: number, month: number, day: number) => new Date(0).setUTCFullYear(year, month - 1, day);

  it("floors days below zero and keeps the sentinels", () => {
    expect(evaluate(dayOf(String(utc(1969, 12, 31)), "sqlite"))).toBe(-1);
    expect(evaluate(dayOf(String(utc(1970, 1, 1)), "sqlite"))).toBe(0);
    expect(evaluate(dayOf(String(utc(1, 1, 1)), "sqlite"))).toBe(-719162);
    expect(evaluate(dayOf("-8.64e15", "sqlite"))).toBe(-100000000);
    expect(evaluate(dayOf("8.64e15", "sqlite"))).toBe(100000000);
  });

  it("puts an end at its last day, 1 ms before the exclusive bound, and keeps the sentinels", () => {
    expect(evaluate(lastDayOf(String(utc(2020, 1, 1)), "sqlite"))).toBe(utc(2019, 12, 31) / 86_400_000);
    expect(evaluate(lastDayOf(String(utc(1970, 1, 1)), "sqlite"))).toBe(-1);
    expect(evaluate(lastDayOf(String(utc(1970, 1, 1) + 1), "sqlite"))).toBe(0);
    expect(evaluate(lastDayOf(String(utc(1, 1, 1)), "sqlite"))).toBe(-719163);
    expect(evaluate(lastDayOf("-8.64e15", "sqlite"))).toBe(-100000000);
    expect(evaluate(lastDayOf("8.64e15", "sqlite"))).toBe(100000000);
  });

  it.each([
    [-9998, 1, 1],
    [-9998, 12, 31],
    [-43, 3, 15],
    [-4, 2, 29],
    [-1, 12, 31],
    [0, 1, 1],
    [0, 12, 31],
    [1, 1, 1],
    [1969, 12, 31],
    [2024, 2, 29],
    [9999, 12, 31],
    [10000, 1, 1],
    [10000, 12, 31],
  ])("reads the month and the year of %i-%i-%i, outside SQLite's years 0–9999 too", (year, month, day) => {
    const dayNumber = utc(year, month, day) / 86_400_000;
    const monthIndex = year * 12 + month - 1;
    expect(evaluate(monthIndexOfDay(String(dayNumber), "sqlite"))).toBe(monthIndex);
    expect(evaluate(yearOfMonth(String(monthIndex)))).toBe(year);
  });
});
