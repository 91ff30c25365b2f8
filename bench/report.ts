import type { DbKind } from "./bench-args";
import type { QueryMeasurement } from "./measure-queries";
import type { HttpMeasurement } from "./measure-http";
import type { AdminMeasurement } from "./measure-admin";
import type { ImportMeasurement } from "./measure-import";
import type { ImportMemoryMeasurement } from "./measure-import-memory";
import type { BrowserMeasurement } from "./measure-browser";
import type { TableDisk } from "./disk-usage";

export interface SizeRun {
  db: DbKind;
  size: number;
  database: "reused" | "filled";
  fullText?: string | null;
  /** The event matrix's load before the cases (lib/queries/matrix); null when it is off. */
  matrixLoad?: { events: number; loadMs: number; megabytes: number } | null;
  queries?: QueryMeasurement[];
  /** Bytes on disk by table, indexes included. */
  disk?: TableDisk[];
  http?: HttpMeasurement;
  browser?: BrowserMeasurement;
  admin?: AdminMeasurement;
  import?: ImportMeasurement;
  importMemory?: ImportMemoryMeasurement;
  /** ms from spawning `next start` until it answered with the event matrix loaded; the HTTP, browser and admin groups start after. */
  serverReadyMs?: number;
}

const TIME_TARGET_MS = 100;
const RATIO_TARGET = 2;
const INTERACTIVE_TARGET_MS = 1500;

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));

/** Time growth per tenfold table growth, from the smallest to the largest size: 1 = flat, 10 = linear. */
export function growthPerTenfold(points: { size: number; ms: number }[]): number | null {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || last.size <= first.size || first.ms <= 0) return null;
  const decades = Math.log10(last.size / first.size);
  return Math.round(Math.pow(last.ms / first.ms, 1 / decades) * 10) / 10;
}

function queryTable(runs: SizeRun[]): string[] {
  const sizes = runs.map((r) => r.size);
  const largest = sizes[sizes.length - 1]!;
  const names = [...new Map(runs.flatMap((r) => r.queries ?? []).map((q) => [`${q.group}: ${q.name}`, q])).values()];
  const lines = [
    `| case | ${sizes.map((s) => `${sizeLabel(s)} app p50 / p95 (raw p95) · ratio`).join(" | ")} | count at ${sizeLabel(largest)} | growth ×/10× | verdict |`,
    `|---|${sizes.map(() => "---").join("|")}|---|---|---|`,
  ];
  for (const q of names) {
    const cells = runs.map((r) => r.queries?.find((m) => m.group === q.group && m.name === q.name));
    const points = cells.flatMap((m, i) => (m ? [{ size: sizes[i]!, ms: m.app.p50 }] : []));
    const growth = growthPerTenfold(points);
    const last = cells[cells.length - 1];
    const verdicts: string[] = [];
    const over = cells.flatMap((m, i) => (m && m.ratio > RATIO_TARGET ? [`${m.ratio}× at ${sizeLabel(sizes[i]!)}`] : []));
    if (over.length) verdicts.push(`ratio > ${RATIO_TARGET} (${over.join(", ")})`);
    if (last && (q.group === "timeline" || q.group === "dashboard" || q.group === "entity") && last.app.p95 >= TIME_TARGET_MS) verdicts.push(`p95 ≥ ${TIME_TARGET_MS} ms`);
    if (growth !== null && growth >= 5) verdicts.push("grows ~linearly");
    lines.push(`| ${q.group}: ${q.name} | ${cells.map((m) => (m ? `${fmt(m.app.p50)} / ${fmt(m.app.p95)} (${fmt(m.raw.p95)}) · ${m.ratio}×${m.app.iterations < 3 ? ` [${m.app.iterations} run]` : ""}${m.app.iterations >= 3 && m.raw.iterations < 3 ? ` [raw ${m.raw.iterations} run]` : ""}` : "–")).join(" | ")} | ${last ? last.appCount.toLocaleString("en") : "–"} | ${growth ?? "–"} | ${verdicts.length ? `MISSED: ${verdicts.join("; ")}` : "ok"} |`);
  }
  return lines;
}

const MIX_P95_TARGET_MS = 300;
const MIX_MAX_TARGET_MS = 1500;

/** The seeded mix as readers meet it: the spread of its cases' p50 at each size, and how many miss a target. */
function mixSummary(runs: SizeRun[]): string[] {
  const rows = runs.flatMap((run) => {
    const mix = (run.queries ?? []).filter((q) => q.group === "mix");
    if (!mix.length) return [];
    const times = mix.map((q) => q.app.p50).sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
    const firsts = mix.map((q) => q.first ?? q.app.p50).sort((a, b) => a - b);
    const firstAt = (p: number) => firsts[Math.min(firsts.length - 1, Math.floor(p * firsts.length))]!;
    const slow = mix.filter((q) => q.ratio > RATIO_TARGET).length;
    const verdicts = [
      at(0.95) >= MIX_P95_TARGET_MS ? `p95 ≥ ${MIX_P95_TARGET_MS} ms` : "",
      times.at(-1)! > MIX_MAX_TARGET_MS ? `max > ${MIX_MAX_TARGET_MS} ms` : "",
      firsts.at(-1)! > MIX_MAX_TARGET_MS ? `a first run > ${MIX_MAX_TARGET_MS} ms` : "",
      slow ? `${slow} over ${RATIO_TARGET}× raw` : "",
    ].filter(Boolean);
    return [`| ${run.db} ${sizeLabel(run.size)} | ${mix.length} | ${fmt(at(0.5))} | ${fmt(at(0.9))} | ${fmt(at(0.95))} | ${fmt(times.at(-1)!)} | ${fmt(firstAt(0.5))} / ${fmt(firstAt(0.95))} / ${fmt(firsts.at(-1)!)} | ${slow} | ${verdicts.length ? `MISSED: ${verdicts.join("; ")}` : "ok"} |`];
  });
  if (!rows.length) return [];
  return [
    `The seeded filter mix (bench/cases/mix-cases.ts), each case's app p50 in ms; targets: p95 < ${MIX_P95_TARGET_MS} ms, none over ${MIX_MAX_TARGET_MS} ms, each within ${RATIO_TARGET}× its raw SQL. A case's first run comes before its warm-up, with no search matches kept in memory (lib/queries/matrix/search-postings.ts): what a reader meets who asks it first.`,
    "",
    "| database, size | cases | p50 | p90 | p95 | max | first run: p50 / p95 / max | over 2× raw | verdict |",
    "|---|---|---|---|---|---|---|---|---|",
    ...rows,
  ];
}

const ADMIN_PAGE_TARGET_MS = 200;
const ADMIN_SAVE_TARGET_MS = 100;

function adminTable(runs: SizeRun[]): string[] {
  const rows = runs.filter((r) => r.admin);
  if (!rows.length) return [];
  return [
    `Admin (signed in as the bench editor; whole answers from \`next start\` on loopback; targets: a page under ${ADMIN_PAGE_TARGET_MS} ms, a save under ${ADMIN_SAVE_TARGET_MS} ms at p95)`,
    "",
    "| size | what | request | p50 | p95 | runs | bytes | verdict |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.flatMap(({ size, admin: a }) =>
      [...a!.pages.map((page) => ({ timing: page, target: ADMIN_PAGE_TARGET_MS })), { timing: a!.save, target: ADMIN_SAVE_TARGET_MS }].map(
        ({ timing: t, target }) => `| ${sizeLabel(size)} | ${t.what} | \`${t.path}\` | ${fmt(t.p50)} ms | ${fmt(t.p95)} ms | ${t.runs} | ${t.bytes.toLocaleString("en")} | ${t.p95 >= target ? `MISSED: p95 ≥ ${target} ms` : "ok"} |`,
      ),
    ),
    "",
  ];
}

const IMPORT_TARGET_MS = 30_000;

function importTable(runs: SizeRun[]): string[] {
  const rows = runs.filter((r) => r.import);
  if (!rows.length) return [];
  return [
    `Import (POST /api/v1/imports of a CSV as the bench editor, all or nothing, revisions and derived counts included; baseline: the same events, sources and country links as multi-row INSERTs through the same driver; each side run alternately, the median reported; target: 100,000 rows under ${IMPORT_TARGET_MS / 1000} s)`,
    "",
    "| size | rows | app (median) | app rows/s | raw (median) | raw rows/s | app ÷ raw | app runs | raw runs | verdict |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(({ size, import: i }) => {
      const runs = (samples: number[] | undefined) => (samples ?? []).map((ms) => `${(ms / 1000).toFixed(1)} s`).join(", ");
      return `| ${sizeLabel(size)} | ${i!.rows.toLocaleString("en")} | ${fmt(i!.appMs)} ms | ${i!.appRowsPerSecond.toLocaleString("en")} | ${fmt(i!.rawMs)} ms | ${i!.rawRowsPerSecond.toLocaleString("en")} | ${i!.ratio}× | ${runs(i!.appRunsMs)} | ${runs(i!.rawRunsMs)} | ${i!.rows >= 100_000 && i!.appMs >= IMPORT_TARGET_MS ? "MISSED" : "ok"} |`;
    }),
    "",
  ];
}

/** The large file's peak may be at most this many times the small one's: memory that followed the file would be 10×. */
const IMPORT_MEMORY_RATIO_TARGET = 2;

function importMemoryTable(runs: SizeRun[]): string[] {
  const rows = runs.filter((r) => r.importMemory);
  if (!rows.length) return [];
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  return [
    `Import memory (a CSV file sent as a stream to POST /api/v1/imports; the server's resident memory, its process tree's VmRSS sampled every 100 ms, at its peak above what it was before; the same import at a tenth of the rows is the baseline; target: the peak under ${IMPORT_MEMORY_RATIO_TARGET}× the baseline's, where memory that followed the file would be 10×)`,
    "",
    "| size | rows | file | time | peak growth | baseline rows | baseline file | baseline peak growth | ratio | verdict |",
    "|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(({ size, importMemory: m }) => `| ${sizeLabel(size)} | ${m!.large.rows.toLocaleString("en")} | ${mb(m!.large.fileBytes)} | ${fmt(m!.large.ms)} ms | ${mb(m!.large.peakGrowthBytes)} | ${m!.small.rows.toLocaleString("en")} | ${mb(m!.small.fileBytes)} | ${mb(m!.small.peakGrowthBytes)} | ${m!.ratio}× | ${m!.ratio >= IMPORT_MEMORY_RATIO_TARGET ? "MISSED" : "ok"} |`),
    "",
  ];
}

function httpTable(runs: SizeRun[]): string[] {
  const rows = runs.filter((r) => r.http);
  if (!rows.length) return [];
  return [
    `HTTP: \`GET ${rows[0]!.http!.path}\`, ${rows[0]!.http!.connections} connections, ${rows[0]!.http!.seconds} s (autocannon, loopback, \`next start\`)`,
    "",
    "| size | requests/s | latency p50 | latency p99 | requests | errors | timeouts | non-2xx |",
    "|---|---|---|---|---|---|---|---|",
    ...rows.map(({ size, http: h }) => `| ${sizeLabel(size)} | ${h!.requestsPerSecond} | ${h!.latencyP50} ms | ${h!.latencyP99} ms | ${h!.requests} | ${h!.errors} | ${h!.timeouts} | ${h!.non2xx} |`),
  ];
}

function browserTable(runs: SizeRun[]): string[] {
  const rows = runs.filter((r) => r.browser);
  if (!rows.length) return [];
  return [
    "| size | timeline interactive (median of loads 2–7) | first load | drag took | pan frames | frame p50 | frame p95 | > 16.7 ms | > 33.4 ms | missed a refresh (> 25 ms) | /api/v1/timeline requests | verdict |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ...rows.map(({ size, browser: b }) => {
      const verdicts = [b!.interactiveMs >= INTERACTIVE_TARGET_MS ? `interactive ≥ ${INTERACTIVE_TARGET_MS} ms` : "", b!.dropped > 0 ? "dropped frames" : ""].filter(Boolean);
      return `| ${sizeLabel(size)} | ${b!.interactiveMs} ms | ${b!.firstInteractiveMs ?? "–"} ms | ${(b!.panMeasuredMs / 1000).toFixed(1)} s | ${b!.frames} | ${b!.frameP50} ms | ${b!.frameP95} ms | ${b!.over16}% | ${b!.over33}% | ${b!.dropped}% | ${b!.timelineRequests} | ${verdicts.length ? `MISSED: ${verdicts.join("; ")}` : "ok"} |`;
    }),
    ...lateFrameLines(rows),
  ];
}

/** What ran in each late frame of a drag (Chromium's long-animation-frame entries), and what the page fetched meanwhile. */
function lateFrameLines(rows: SizeRun[]): string[] {
  const lines = rows.flatMap(({ size, browser: b }) => [
    ...(b!.lateFrames ?? []).map((frame) => `- ${sizeLabel(size)}: a frame of ${frame.duration} ms, ${frame.at} ms into the drag (style and layout ${frame.styleAndLayout} ms): ${frame.scripts.join("; ") || "no script"}`),
    ...(b!.requestsDuringPan?.length ? [`- ${sizeLabel(size)}: requests during the drag: ${b!.requestsDuringPan.join(", ")}`] : []),
  ]);
  return lines.length ? ["", "Late frames and requests during the drag:", "", ...lines] : [];
}

/** Bytes per event by table at the largest size measured: what a million events cost on disk, and where. */
function diskTable(runs: SizeRun[]): string[] {
  const run = [...runs].reverse().find((r) => r.disk?.length);
  if (!run) return [];
  const total = run.disk!.reduce((sum, table) => sum + table.bytes, 0);
  const mb = (bytes: number) => (bytes / 1e6).toFixed(bytes >= 1e8 ? 0 : 1);
  return [
    `Disk at ${sizeLabel(run.size)} events: ${mb(total)} MB, ${Math.round(total / run.size).toLocaleString("en")} bytes per event (tables with their indexes; the search index with its shadow tables).`,
    "",
    "| table | MB | bytes per event | share |",
    "|---|---|---|---|",
    ...run.disk!.filter((table) => table.bytes / total >= 0.001).map((table) => `| ${table.table} | ${mb(table.bytes)} | ${Math.round(table.bytes / run.size).toLocaleString("en")} | ${((table.bytes / total) * 100).toFixed(1)} % |`),
  ];
}

/** The results of one database as Markdown: the same tables go to the console and into BENCHMARKS.md. */
export function renderReport(db: DbKind, runs: SizeRun[]): string {
  const fullText = runs.find((r) => r.fullText)?.fullText;
  return [
    `### ${db === "sqlite" ? "SQLite" : "PostgreSQL"}`,
    "",
    "Query times in ms (app p50 / p95, raw SQL p95 in brackets, ratio = app p95 / raw p95; [1 run] = slower than the 8 s budget, so run once; [raw 1 run] = only the raw side was). Growth = how much the app p50 multiplies per tenfold table (1 = flat, 10 = linear).",
    fullText ? `Search: the database has a full-text index (${fullText}); the raw side matches it by hand (FTS5 MATCH / tsvector @@ tsquery) and pages by date.` : "Search: substring scan (LIKE/ILIKE) on both sides; no full-text index in this build.",
    ...runs.filter((r) => r.matrixLoad).map((r) => `Event matrix at ${sizeLabel(r.size)}: ${r.matrixLoad!.events.toLocaleString("en")} events loaded in ${(r.matrixLoad!.loadMs / 1000).toFixed(1)} s, ${r.matrixLoad!.megabytes} MB of arrays (loaded before the cases, which time it warm).`),
    "",
    ...(runs.some((r) => r.queries) ? queryTable(runs) : []),
    "",
    ...mixSummary(runs),
    "",
    ...diskTable(runs),
    "",
    ...httpTable(runs),
    ...adminTable(runs),
    ...importTable(runs),
    ...importMemoryTable(runs),
    "",
    ...browserTable(runs),
    "",
  ].join("\n");
}
