import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FOLD_FROM, FOLD_TO } from "./fold-map";
import { foldToken } from "./tokenize-search-text";

const migration = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../../prisma/postgres/migrations/20261124100000_full_text_search/migration.sql"),
  "utf8",
);

describe("accent folding", () => {
  it("pairs one plain letter with each accented one", () => {
    expect([...FOLD_FROM]).toHaveLength([...FOLD_TO].length);
    expect(FOLD_TO).toMatch(/^[a-z]+$/);
  });

  it("is the same in the PostgreSQL migration as in TypeScript", () => {
    expect(migration).toContain(`'${FOLD_FROM}'`);
    expect(migration).toContain(`'${FOLD_TO}'`);
  });

  it("folds case and accents the way the indexes do", () => {
    expect(foldToken("Élysée")).toBe("elysee");
    expect(foldToken("FRANÇOIS")).toBe("francois");
    expect(foldToken("Nội")).toBe("noi");
    expect(foldToken("Straße")).toBe("straße");
  });
});
