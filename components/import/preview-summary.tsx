import type { ImportPreview } from "./import-api";
import { FORMAT_LABELS, plural } from "./import-labels";
import styles from "./import.module.css";

/** "3 rows: 2 new, 1 update", the format found, and how many problems and warnings. */
export function PreviewSummary({ preview }: { preview: ImportPreview }) {
  return (
    <>
      <p className={styles.totals}>
        <strong>{plural(preview.totalRows, "row")}</strong>: {plural(preview.createCount, "new event", "new events")}, {plural(preview.updateCount, "update")}
      </p>
      <ul className={styles.facts}>
        <li>Format: {FORMAT_LABELS[preview.format]}</li>
        <li className={preview.errorCount ? styles.problems : undefined}>{plural(preview.errorCount, "error")}</li>
        <li>{plural(preview.warningCount, "warning")}</li>
        {preview.duplicates.length > 0 && <li>{plural(preview.duplicates.length, "likely duplicate")}</li>}
      </ul>
    </>
  );
}

/** The line the wizard's status region says when a preview arrives. */
export function describePreview(preview: ImportPreview): string {
  const problems = preview.errorCount ? `; ${plural(preview.errorCount, "error")} to fix` : "";
  return `Preview of “${preview.fileName}”: ${plural(preview.totalRows, "row")}, ${preview.createCount} new, ${preview.updateCount} updates${problems}.`;
}
