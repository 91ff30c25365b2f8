import Database from "better-sqlite3";
new Database("/tmp/scale.db").exec("ANALYZE");
