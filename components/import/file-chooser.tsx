"use client";

import { useId, type ChangeEvent } from "react";
import { MAX_STREAMED_UPLOAD_BYTES, MAX_UPLOAD_BYTES } from "@/lib/import/import-limits";
import { formatBytes } from "./format-bytes";
import styles from "./import.module.css";

const ACCEPTED = ".csv,.json,.tsv,.txt";

/** The file input, with the limit said before the editor picks anything. */
export function FileChooser({ disabled, onChoose }: { disabled: boolean; onChoose: (file: File) => void }) {
  const id = useId();
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) onChoose(file);
  };
  return (
    <div className={styles.field}>
      <label htmlFor={id}>File to import</label>
      <p id={`${id}-hint`} className={`muted ${styles.hint}`}>
        CSV or TSV, TimelineJS JSON, or Chronicle JSON. A CSV file may hold up to {formatBytes(MAX_STREAMED_UPLOAD_BYTES).replace(".0", "")} (a million rows); a JSON file or a TimelineJS spreadsheet at most {formatBytes(MAX_UPLOAD_BYTES).replace(".0", "")}. Nothing is saved until you confirm.
      </p>
      <input
        id={id}
        type="file"
        accept={ACCEPTED}
        aria-describedby={`${id}-hint`}
        disabled={disabled}
        onChange={onChange}
        // Choosing the same file again (fixed since) must read it again, so the input forgets its last choice.
        onClick={(event) => {
          event.currentTarget.value = "";
        }}
      />
    </div>
  );
}
