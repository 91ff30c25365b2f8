import { describe, expect, it } from "vitest";
import { eventsDerivedRowsSql, onCopies } from "./events-derived-rows-sql";

const REAL_TABLES = /(?<![."\w])(events|event_topics|event_actors|event_countries|event_counts|event_pair_counts|event_link_days|event_actor_kinds|event_search|event_changes)(?![\w"])/;

describe("eventsDerivedRowsSql", () => {
  it("renames the copied tables, and only them", () => {
    expect(onCopies("SELECT e.id FROM events e JOIN event_topics t ON t.event_id = e.id JOIN actors a ON a.id = 1, main.events m")).toBe(
      "SELECT e.id FROM bulk_events e JOIN bulk_event_topics t ON t.event_id = e.id JOIN actors a ON a.id = 1, main.events m",
    );
  });

  it("reads and writes the real tables only by their qualified names, so a read elsewhere on the connection finds them", () => {
    const statements = [...eventsDerivedRowsSql("import_batch_id = 7", "add"), ...eventsDerivedRowsSql("import_batch_id = 7", "remove")];
    expect(statements.length).toBeGreaterThan(20);
    for (const statement of statements) expect(statement).not.toMatch(REAL_TABLES);
    expect(statements[0]).toBe("CREATE TEMP TABLE bulk_events AS SELECT id, status, importance, earliest, latest, deleted_at FROM main.events WHERE import_batch_id = 7");
    expect(statements.filter((statement) => statement.startsWith("DROP TABLE temp.")).length).toBe(statements.filter((statement) => statement.startsWith("CREATE TEMP TABLE")).length);
  });
});
