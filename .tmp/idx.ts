import Database from "better-sqlite3";
const db = new Database("/tmp/scale.db");
const s = performance.now();
db.exec(`CREATE INDEX IF NOT EXISTS events_timeline_latest_idx ON events (latest, earliest, status, deleted_at, importance);
CREATE INDEX IF NOT EXISTS events_timeline_earliest_idx ON events (earliest, latest, status, deleted_at, importance); ANALYZE;`);
console.log("indexed in", (performance.now() - s).toFixed(0), "ms");
