"use client";

import { useId } from "react";
import type { ImportPreview } from "./import-api";
import { plural } from "./import-labels";
import styles from "./import.module.css";

interface ConfirmImportProps {
  preview: ImportPreview;
  /** Choices changed in the form but not yet applied to the preview. */
  unapplied: string | null;
  busy: boolean;
  onConfirm: () => void;
}

/** Why the import cannot go ahead yet, or null when it can. */
function blocker(preview: ImportPreview, unapplied: string | null): string | null {
  if (preview.mappingProblems.length) return "The column mapping cannot read the file yet: fix it above and apply it.";
  if (preview.needsTimeZone) return "Name the time zone of the file's times above, and fix any other error listed below: an import is all or nothing.";
  if (preview.errorCount) return `Fix the ${plural(preview.errorCount, "error")} in the file (listed below) and choose it again: an import is all or nothing.`;
  if (preview.totalRows === 0) return "The file holds no events to import.";
  if (unapplied) return `Apply the ${unapplied} you changed first, so that the import is what the preview shows.`;
  return null;
}

/** "Import N events", disabled while anything would stop it, with the reason beside it. */
export function ConfirmImport({ preview, unapplied, busy, onConfirm }: ConfirmImportProps) {
  const id = useId();
  const reason = blocker(preview, unapplied);
  const label = `Import ${plural(preview.totalRows, "event")}`;
  return (
    <div className={styles.confirm}>
      <button type="button" className="button-primary" disabled={reason !== null || busy} aria-describedby={reason ? id : undefined} onClick={onConfirm}>
        {label}
      </button>
      {reason ? (
        <p id={id} className={styles.problems}>
          {reason}
        </p>
      ) : (
        <p className="muted">
          {preview.updateCount ? `${plural(preview.updateCount, "event")} imported earlier will be updated. ` : ""}You can undo the import as a whole afterwards.
        </p>
      )}
    </div>
  );
}
