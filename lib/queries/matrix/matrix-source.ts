import { dialect } from "@/lib/db/client";
import { readSql } from "@/lib/db/read-sql";
import { resolveDatabaseConfig } from "@/lib/db/database-config";
import { buildEventMatrix, type EventMatrix } from "./event-matrix";
import { readMatrixEvents, readWholeMatrix } from "./read-matrix";
import { SearchPostings } from "./search-postings";

/**
 * The one event matrix of this server process, kept equal to the database by its change log (event_changes,
 * lib/db/triggers/event-changes.ts). Before each use the rows written since the last read are read, and the events
 * they name reloaded from the database (whichever app instance wrote them). A "reload everything" row, more changed
 * events than a patch is worth, or too many patched events rebuild it: the first load is waited for; a rebuild runs
 * in the background while counts go to SQL (currentMatrix answers null).
 *
 * CHRONICLE_EVENT_MATRIX=off turns it off (every count the count tables cannot answer then runs in SQL).
 */

export function matrixEnabled(): boolean {
  return process.env.CHRONICLE_EVENT_MATRIX !== "off";
}

/** Changed events worth reloading one by one; past this a rebuild is quicker. */
const PATCH_LIMIT = 20_000;

interface ChangeRow {
  seq: number;
  eventId: number | null;
  /** PostgreSQL: the writing transaction, as text (xid8). */
  txid?: string;
}

/** Where a reader of the change log stands. */
interface LogPosition {
  /** The last seq read. */
  seq: number;
  /** PostgreSQL: the oldest transaction still running at the last read; its rows (and later ones') are read again. */
  xmin: string | null;
  /** PostgreSQL: rows read again since, applied already (seq → txid). */
  applied: Map<number, bigint>;
}

async function readLogPosition(): Promise<LogPosition> {
  if (dialect === "postgres") {
    const [row] = await readSql<{ seq: unknown; xmin: string }[]>`
      SELECT (SELECT MAX(seq) FROM event_changes) AS seq, CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS xmin`;
    return { seq: Number(row?.seq ?? 0), xmin: row!.xmin, applied: new Map() };
  }
  const [row] = await readSql<{ seq: unknown }[]>`SELECT MAX(seq) AS seq FROM event_changes`;
  return { seq: Number(row?.seq ?? 0), xmin: null, applied: new Map() };
}

/** The change rows after `position`, and where the reader stands after them. */
async function readChanges(position: LogPosition): Promise<{ rows: ChangeRow[]; next: LogPosition; reset: boolean; truncated: boolean }> {
  if (dialect === "postgres") {
    const rows = await readSql<{ xmin: string; seq: unknown; event_id: number | null; txid: string | null }[]>`
      WITH snap AS (SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS xmin)
      SELECT snap.xmin, c.seq, c.event_id, CAST(c.txid AS text) AS txid
      FROM snap LEFT JOIN event_changes c ON c.seq > ${position.seq} OR c.txid >= CAST(${position.xmin} AS xid8)
      ORDER BY c.seq LIMIT ${PATCH_LIMIT + 1}`;
    const xmin = rows[0]!.xmin;
    const changes: ChangeRow[] = rows.filter((row) => row.seq !== null).map((row) => ({ seq: Number(row.seq), eventId: row.event_id, txid: row.txid! }));
    const fresh = changes.filter((row) => !position.applied.has(row.seq));
    const applied = new Map([...position.applied].filter(([, txid]) => txid >= BigInt(xmin)));
    for (const row of changes) if (BigInt(row.txid!) >= BigInt(xmin)) applied.set(row.seq, BigInt(row.txid!));
    const seq = changes.reduce((max, row) => Math.max(max, row.seq), position.seq);
    return { rows: fresh, next: { seq, xmin, applied }, reset: false, truncated: changes.length > PATCH_LIMIT };
  }
  const rows = await readSql<{ seq: unknown; event_id: number | null }[]>`
    SELECT seq, event_id FROM event_changes WHERE seq > ${position.seq} ORDER BY seq LIMIT ${PATCH_LIMIT + 1}`;
  const changes = rows.map((row) => ({ seq: Number(row.seq), eventId: row.event_id }));
  // A log that went backwards is a database made again under the same name.
  const reset = !changes.length && (await readLogPosition()).seq < position.seq;
  return { rows: changes, next: { ...position, seq: changes.at(-1)?.seq ?? position.seq }, reset, truncated: changes.length > PATCH_LIMIT };
}

interface MatrixState {
  url: string;
  matrix: EventMatrix | null;
  /** Set by the first load that succeeded: later rebuilds are not waited for. */
  position: LogPosition | null;
  loading: Promise<void> | null;
  syncing: Promise<void> | null;
  /** The sync that starts when the running one ends, shared by every call that arrived meanwhile. */
  queued: Promise<void> | null;
}

/**
 * One per process, on globalThis: instrumentation.ts, the proxy and every route are separate bundles with their own
 * module state, so a module variable gave each its own matrix. The preload at start-up then filled one nobody read,
 * and the first request loaded a second (3.8 s and +217 MB at 1M on SQLite).
 */
const shared = globalThis as unknown as { chronicleMatrix?: { state: MatrixState | null; postings: WeakMap<EventMatrix, SearchPostings> } };
const perProcess = (shared.chronicleMatrix ??= { state: null, postings: new WeakMap() });

/** Each matrix's kept search matches (search-postings.ts): they follow the same change log, and go with it. */
const postings = perProcess.postings;

export function searchPostingsOf(matrix: EventMatrix): SearchPostings {
  let kept = postings.get(matrix);
  if (!kept) postings.set(matrix, (kept = new SearchPostings()));
  return kept;
}

async function load(target: MatrixState): Promise<void> {
  const position = await readLogPosition();
  const { events, links } = await readWholeMatrix();
  target.matrix = buildEventMatrix(events, links);
  target.position = position;
}

function startLoad(target: MatrixState): Promise<void> {
  target.loading ??= load(target).finally(() => (target.loading = null));
  return target.loading;
}

function rebuild(target: MatrixState): void {
  target.matrix = null;
  void startLoad(target).catch((error) => console.error("The event matrix did not rebuild; counts run in SQL.", error));
}

async function sync(target: MatrixState): Promise<void> {
  const matrix = target.matrix;
  if (!matrix) return;
  const { rows, next, reset, truncated } = await readChanges(target.position!);
  const ids = [...new Set(rows.map((row) => row.eventId))];
  if (reset || truncated || ids.includes(null) || ids.length > PATCH_LIMIT) return rebuild(target);
  if (ids.length) {
    const events = await readMatrixEvents(ids as number[]);
    for (const [id, event] of events) {
      if (event) matrix.patch(event);
      else matrix.remove(id);
    }
    await searchPostingsOf(matrix).follow(ids as number[]);
  }
  target.position = next;
  if (matrix.needsRebuild) rebuild(target);
}

/**
 * The matrix, up to date with every committed write; null when it is off or being rebuilt (count in SQL then). The
 * first call of a process waits for the load.
 */
export async function currentMatrix(): Promise<EventMatrix | null> {
  if (!matrixEnabled()) return null;
  const config = resolveDatabaseConfig();
  const url = config.provider === "sqlite" ? config.file : config.url;
  if (!perProcess.state || perProcess.state.url !== url) perProcess.state = { url, matrix: null, position: null, loading: null, syncing: null, queued: null };
  const target = perProcess.state;
  if (!target.matrix) {
    if (target.position) {
      if (!target.loading) rebuild(target);
      return null;
    }
    await startLoad(target);
  }
  await requestSync(target);
  return target.matrix;
}

/**
 * A sync that starts after this call: one already running may have read the log before the caller's own write
 * committed, so callers that arrive during it share the next one instead.
 */
function requestSync(target: MatrixState): Promise<void> {
  if (!target.syncing) {
    target.syncing = sync(target).finally(() => (target.syncing = null));
    return target.syncing;
  }
  target.queued ??= target.syncing
    .catch(() => undefined)
    .then(() => {
      target.queued = null;
      return target.matrix ? requestSync(target) : undefined;
    });
  return target.queued;
}

/** Starts the first load without waiting (server start). */
export function preloadMatrix(): void {
  void currentMatrix().catch((error) => console.error("The event matrix did not load; counts will run in SQL.", error));
}

/** For /api/health: whether counts can use the matrix yet (a load or rebuild may be running). */
export function matrixReadiness(): "off" | "loading" | "ready" | "failed" {
  if (!matrixEnabled()) return "off";
  const target = perProcess.state;
  if (target?.matrix) return "ready";
  return !target || target.loading ? "loading" : "failed";
}
