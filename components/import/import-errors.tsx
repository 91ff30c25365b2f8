"use client";

import { useId } from "react";
import type { CellError } from "./import-api";
import { plural } from "./import-labels";
import { useCsvDownload } from "./use-csv-download";
import tables from "@/components/admin/admin-table.module.css";
import styles from "./import.module.css";

interface ImportErrorsProps {
  heading: string;
  /** What to do about them. */
  advice: string;
  errors: CellError[];
  /** All of them, when more were found than listed. */
  total: number;
  /** Every error as CSV, for the download. */
  csv: string | null;
  fileName: string;
}

const csvName = (fileName: string) => `${fileName.replace(/\.[^.]+$/, "")}-errors.csv`;

/** Every problem by row and column (the first 1000), and all of them as a CSV to fix the file by. */
export function ImportErrors({ heading, advice, errors, total, csv, fileName }: ImportErrorsProps) {
  const id = useId();
  const href = useCsvDownload(csv);
  return (
    <section aria-labelledby={id} className={styles.panel}>
      <h2 id={id} className={styles.problems}>
        {heading} <span className="muted">({total.toLocaleString("en-GB")})</span>
      </h2>
      <p className={styles.row}>
        <span>{advice}</span>
        {href && (
          <a href={href} download={csvName(fileName)}>
            Download all errors (CSV)
          </a>
        )}
      </p>
      <div className={tables.scroll}>
        <table className={`${tables.table} ${tables.stacked}`}>
          <caption className="visually-hidden">
            {errors.length < total ? `The first ${errors.length} of ${plural(total, "error")}` : heading}, by row
          </caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((error, index) => (
              <tr key={index}>
                <td data-label="Row">{error.line}</td>
                <td data-label="Column">
                  <code>{error.column}</code>
                </td>
                <td data-label="Problem">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {errors.length < total && <p className="muted">The first {errors.length.toLocaleString("en-GB")} are listed; the download holds all {total.toLocaleString("en-GB")}.</p>}
    </section>
  );
}
