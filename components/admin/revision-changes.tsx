import type { FieldChange } from "@/lib/revisions/diff-event-states";
import styles from "./revision-changes.module.css";

/** Long texts (a body) are cut in the table; the event keeps them whole. */
const SHOWN_CHARACTERS = 300;
const cut = (text: string) => (text.length > SHOWN_CHARACTERS ? `${text.slice(0, SHOWN_CHARACTERS)}…` : text);

/** A revision's changes as a table: field, before, after. */
export function RevisionChanges({ caption, changes }: { caption: string; changes: FieldChange[] }) {
  if (changes.length === 0) return <p className="muted">No field changed.</p>;
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change, index) => (
            <tr key={`${change.field}-${index}`}>
              <th scope="row">{change.field}</th>
              <td>{change.before === null ? <span className="muted">—</span> : <del>{cut(change.before)}</del>}</td>
              <td>{change.after === null ? <span className="muted">—</span> : <ins>{cut(change.after)}</ins>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
