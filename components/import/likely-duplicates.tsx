import Link from "next/link";
import type { ImportPreview } from "./import-api";
import styles from "./import.module.css";

/** Rows that may already be in Chronicle: another event cites the same source. They import anyway; the editor decides. */
export function LikelyDuplicates({ duplicates }: { duplicates: ImportPreview["duplicates"] }) {
  if (duplicates.length === 0) return null;
  return (
    <section aria-labelledby="import-duplicates" className={styles.panel}>
      <h2 id="import-duplicates">Likely duplicates</h2>
      <p className="muted">These rows will be imported as new events unless you take them out of the file; check the existing event first.</p>
      <ul className={styles.list}>
        {duplicates.map((duplicate) => (
          <li key={`${duplicate.line}-${duplicate.eventId}`}>
            Row {duplicate.line} may be <Link href={`/events/${duplicate.slug}`}>{duplicate.title}</Link>: it {duplicate.reason}.
          </li>
        ))}
      </ul>
    </section>
  );
}
