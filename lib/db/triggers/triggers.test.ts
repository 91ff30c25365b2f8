import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { generatedTriggersMigrationSql, RETIRED, triggerObjects } from "./index";

const DIALECTS = ["sqlite", "postgres"] as const;

const migrationsDir = (dialect: string) => path.join("prisma", dialect, "migrations");
const migrations = (dialect: string) =>
  fs
    .readdirSync(migrationsDir(dialect))
    .filter((name) => fs.existsSync(path.join(migrationsDir(dialect), name, "migration.sql")))
    .sort()
    .map((name) => ({ name, sql: fs.readFileSync(path.join(migrationsDir(dialect), name, "migration.sql"), "utf8") }));

/** A migration touches triggers when it creates, replaces, alters or drops any trigger, or a function or type the generator owns. */
function touchesTriggers(sql: string, owned: Set<string>): boolean {
  const statements = sql.matchAll(/\b(?:CREATE(?:\s+OR\s+REPLACE)?|ALTER|DROP)\s+(TRIGGER|FUNCTION|TYPE)\s+(?:IF\s+EXISTS\s+)?"?(\w+)"?/gi);
  return [...statements].some(([, kind, name]) => kind!.toUpperCase() === "TRIGGER" || owned.has(name!));
}

describe.each(DIALECTS)("the %s triggers", (dialect) => {
  const objects = triggerObjects(dialect);
  const owned = new Set([...objects, ...RETIRED[dialect]].map((object) => object.name));

  it("are exactly the generator's output in the newest migration that touches triggers", () => {
    const newest = migrations(dialect).filter((migration) => touchesTriggers(migration.sql, owned)).at(-1);
    // On failure: print a new migration (npx tsx scripts/print-trigger-migration.ts) instead of editing one.
    expect(newest?.sql === generatedTriggersMigrationSql(dialect), `${newest?.name} differs from the generator's output`).toBe(true);
  });

  it("keep the name prefixes the bulk loaders switch off (event_search_*, event_counts_*, event_actor_kinds_*, event_changes_*)", () => {
    const triggers = objects.filter((object) => object.kind === "trigger");
    for (const { name } of triggers) expect(name).toMatch(dialect === "postgres" ? /^(event_search_|event_counts_|search_fields_|event_actor_kinds_|event_changes_)/ : /^(event_search_|event_counts_|event_actor_kinds_|event_changes_)/);
    expect(new Set(triggers.map((trigger) => trigger.name)).size).toBe(triggers.length);
  });
});

describe("the generated PostgreSQL migration", () => {
  it("never puts a semicolon inside a statement (the migration runner splits on them), comments included", () => {
    for (const line of generatedTriggersMigrationSql("postgres").split("\n")) expect(line.replace(/;$/, "")).not.toContain(";");
  });

  it("creates each type before the functions that use it and drops it after them", () => {
    const sql = generatedTriggersMigrationSql("postgres");
    for (const type of triggerObjects("postgres").filter((object) => object.kind === "type")) {
      const created = sql.indexOf(`CREATE TYPE ${type.name} `);
      const firstUse = sql.indexOf(`${type.name}[]`, sql.indexOf("CREATE TYPE"));
      expect(created).toBeGreaterThan(-1);
      expect(created).toBeLessThan(firstUse);
      expect(sql.indexOf(`DROP TYPE IF EXISTS ${type.name};`)).toBeGreaterThan(sql.lastIndexOf("DROP FUNCTION"));
    }
  });
});

describe("a SQLite database migrated from scratch", () => {
  it("holds exactly the generated triggers, as generated", () => {
    const db = new Database(":memory:");
    for (const migration of migrations("sqlite")) db.exec(migration.sql);
    const stored = db.prepare("SELECT name, tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").all();
    db.close();
    const generated = triggerObjects("sqlite")
      .map((object) => ({ name: object.name, tableName: object.kind === "trigger" ? object.table : "", sql: object.sql.replace(/;$/, "") }))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    expect(stored).toEqual(generated);
  });
});
