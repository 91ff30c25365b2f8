import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { resolveDatabaseConfig } from "@/lib/db/database-config";
import { RAW_SQL_TABLES } from "@/lib/db/raw-sql-tables";

// The database kind under test (DATABASE_URL). On PostgreSQL the diff creates and drops its own shadow database next
// to the run's; on SQLite it needs none.
const { provider } = resolveDatabaseConfig();

describe(`the ${provider} migrations and prisma/models.prisma`, () => {
  it("build the same tables, columns, keys and indexes (prisma migrate diff)", () => {
    const result = spawnSync(
      "npx",
      [
        "prisma", "migrate", "diff",
        "--config", "lib/db/prisma-drift.config.ts",
        "--from-migrations", `prisma/${provider}/migrations`,
        "--to-schema-datamodel", `prisma/${provider}`,
        "--exit-code",
      ],
      { encoding: "utf8", env: process.env },
    );
    // 0: no difference, 2: a difference (listed in stdout), 1: the diff itself failed.
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  }, 120_000);

  it("leave out of the comparison only tables that no model maps", () => {
    const models = fs.readFileSync("prisma/models.prisma", "utf8");
    const mapped = [...models.matchAll(/@@map\("([^"]+)"\)/g)].map((match) => match[1]);
    expect(mapped.length).toBeGreaterThan(0);
    for (const table of RAW_SQL_TABLES[provider]) expect(mapped).not.toContain(table);
  });
});
