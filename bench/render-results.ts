/**
 * Renders one Markdown report from several result files (e.g. a queries run and an http/browser run):
 *   tsx bench/render-results.ts bench/results/a.json bench/results/b.json
 * Runs of the same database and size are merged; later files fill in what earlier ones lack.
 */
import fs from "node:fs";
import type { DbKind } from "./bench-args";
import { renderReport, type SizeRun } from "./report";

const merged = new Map<string, SizeRun>();
for (const file of process.argv.slice(2)) {
  const { runs } = JSON.parse(fs.readFileSync(file, "utf8")) as { runs: SizeRun[] };
  for (const run of runs) {
    const key = `${run.db}-${run.size}`;
    merged.set(key, { ...merged.get(key), ...Object.fromEntries(Object.entries(run).filter(([, value]) => value !== undefined)) } as SizeRun);
  }
}
const runs = [...merged.values()].sort((a, b) => a.db.localeCompare(b.db) || a.size - b.size);
const dbs = [...new Set(runs.map((r) => r.db))] as DbKind[];
console.log(dbs.map((db) => renderReport(db, runs.filter((r) => r.db === db))).join("\n"));
