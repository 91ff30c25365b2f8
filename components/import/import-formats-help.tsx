import styles from "./import.module.css";

/** The wizard before any file: what Chronicle reads and what happens to it. */
export function ImportFormatsHelp() {
  return (
    <section aria-labelledby="import-formats" className={styles.panel}>
      <h2 id="import-formats">What you can import</h2>
      <ul className={styles.list}>
        <li>
          <strong>CSV</strong> (or TSV) with any column names: Chronicle suggests which column holds what (title, date, sources, topics…), and you
          can change it and save the mapping for the next file like it.
        </li>
        <li>
          <strong>TimelineJS</strong>: its JSON file, or its Google Sheets template downloaded as CSV. Each slide becomes an event at the
          precision its date gives (a year stays a year); the title slide and eras are kept with the import, not as events.
        </li>
        <li>
          <strong>Chronicle JSON</strong>: every field of an event, as Chronicle exports it; the format is described in{" "}
          <code>docs/chronicle-json-format.md</code> in Chronicle&apos;s source.
        </li>
      </ul>
      <p className="muted">
        You see every row as it will be stored, and every problem by row and column, before anything is written. A row whose id (external id
        or TimelineJS unique_id) an earlier import used updates that event. An import can be undone as a whole.
      </p>
    </section>
  );
}
