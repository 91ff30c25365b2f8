import { parseArgs } from "node:util";

export const GROUPS = ["queries", "http", "browser", "admin", "import", "import-memory"] as const;
export type BenchGroup = (typeof GROUPS)[number];
export type DbKind = "sqlite" | "postgres";

export interface BenchArgs {
  sizes: number[];
  dbs: DbKind[];
  groups: BenchGroup[];
  smoke: boolean;
  seed: number;
  /** Measured iterations per case (after warm-up); each side of a case also stops after `budgetMs`. */
  iterations: number;
  warmup: number;
  budgetMs: number;
  httpSeconds: number;
  /** Where `next start` listens for the HTTP and browser groups. */
  port: number;
}

const isPostgresUrl = (url: string | undefined) => !!url && /^postgres(ql)?:\/\//i.test(url.trim());

export function parseBenchArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string" },
      db: { type: "string" },
      only: { type: "string" },
      smoke: { type: "boolean", default: false },
      seed: { type: "string", default: "42" },
      iterations: { type: "string" },
      "http-seconds": { type: "string" },
      port: { type: "string", default: "3214" },
    },
  });
  const smoke = values.smoke ?? false;
  const sizes = (values.sizes ?? (smoke ? "500,2000" : "10000,100000,1000000")).split(",").map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error("--sizes takes positive whole numbers, e.g. 10000,100000.");
  const dbOption = values.db ?? (isPostgresUrl(env.DATABASE_URL) ? "both" : "sqlite");
  if (!["sqlite", "postgres", "both"].includes(dbOption)) throw new Error("--db is sqlite, postgres or both.");
  const dbs: DbKind[] = dbOption === "both" ? ["sqlite", "postgres"] : [dbOption as DbKind];
  if (dbs.includes("postgres") && !isPostgresUrl(env.DATABASE_URL)) throw new Error("--db postgres needs DATABASE_URL=postgresql://… (bench databases are created next to it).");
  const only = values.only?.split(",").map((g) => g.trim());
  if (only?.some((g) => !(GROUPS as readonly string[]).includes(g))) throw new Error(`--only takes ${GROUPS.join(", ")}.`);
  // The smoke run checks that every measurement still works; HTTP and browser timings need a production build, so it skips them.
  const groups = (only ?? (smoke ? ["queries"] : [...GROUPS])) as BenchGroup[];
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number.");
  const iterations = Number(values.iterations ?? (smoke ? 2 : 30));
  return {
    sizes,
    dbs,
    groups,
    smoke,
    seed,
    iterations,
    warmup: smoke ? 1 : 3,
    budgetMs: smoke ? 2_000 : 8_000,
    httpSeconds: Number(values["http-seconds"] ?? 10),
    port: Number(values.port),
  };
}
