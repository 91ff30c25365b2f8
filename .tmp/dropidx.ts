import Database from "better-sqlite3";
const db = new Database("/tmp/scale.db");
db.exec(`DROP INDEX IF EXISTS events_timeline_latest_idx; DROP INDEX IF EXISTS events_timeline_earliest_idx;`);
