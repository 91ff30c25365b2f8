import { describe, expect, it } from "vitest";
import { eventsDerivedRowsSql, onCopies } from "./events-derived-rows-sql";

const REAL_TABLES = /(?<![."\w])(events|event_topics|event_actors|event_countries|event_counts|event_pair_counts|event_link_days|event_actor_kinds|event_search|event_changes)(?![\w"])/;

describe("eventsDerivedRowsSql", () => {
  it("renames the copied tables, and only them", () => {
    expect(onCopies("SELECT e.id FROM events e JOIN event_topics t ON t.event_id = e.id JOIN actors a ON a.id = 1, main.events m")).toBe(
      "SELECT e.id FROM bulk_events e JOIN bulk_event_topics t ON t.event_id = e.id JOIN actors a ON a.id = 1, main.events m",
    );
  });

  it.each(["sqlite", "postgres"] as const)("on %s, runs the fills on the copies alone and drops every copy it made", (dialect) => {
    for (const change of ["add", "remove", "trash"] as const) {
      const statements = eventsDerivedRowsSql(dialect, "import_batch_id = 7", change);
      expect(statements[0]).toBe("CREATE TEMP TABLE bulk_events AS SELECT id, status, importance, earliest, latest, deleted_at FROM events WHERE import_batch_id = 7");
      const fills = statements.filter((statement) => statement.includes("INSERT INTO bulk_"));
      expect(fills.length).toBeGreaterThan(10);
      for (const fill of fills) expect(fill).not.toMatch(REAL_TABLES);
      const created = statements.flatMap((statement) => statement.match(/^CREATE TEMP TABLE (\w+)/)?.[1] ?? []);
      expect(statements.flatMap((statement) => statement.match(/^DROP TABLE (\w+)/)?.[1] ?? [])).toEqual(created);
    }
  });

  it.each(["sqlite", "postgres"] as const)("on %s, trashing takes the events out of the counts and link days but keeps their search documents and actor kinds", (dialect) => {
    const written = (change: "remove" | "trash") => eventsDerivedRowsSql(dialect, "id = 1", change).filter((statement) => /^(DELETE FROM|INSERT INTO) (?!bulk_)/.test(statement)).map((statement) => statement.split(/[\s(]/).slice(0, 3).join(" "));
    expect(written("remove")).toEqual(expect.arrayContaining(["DELETE FROM event_search", "DELETE FROM event_actor_kinds", "DELETE FROM event_link_days"]));
    expect(written("trash")).toEqual(["INSERT INTO event_counts", "INSERT INTO event_pair_counts", "DELETE FROM event_link_days", "INSERT INTO event_changes"]);
  });
});
