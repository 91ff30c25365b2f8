import Link from "next/link";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";
import type { ImportBatchSummary } from "@/lib/queries/imports/list-import-batches";
import { formatLabel } from "./import-labels";
import tables from "@/components/admin/admin-table.module.css";
import styles from "./import.module.css";

function Undone({ batch }: { batch: ImportBatchSummary }) {
  if (!batch.undoneAt) return <>No</>;
  return (
    <>
      Undone <time dateTime={batch.undoneAt}>{formatUtcMinute(batch.undoneAt)}</time>
      {batch.undoneBy ? ` by ${batch.undoneBy}` : ""}
    </>
  );
}

/** The imports, newest first, each leading to its page (its events and undo). */
export function ImportBatchesTable({ batches }: { batches: ImportBatchSummary[] }) {
  return (
    <div className={tables.scroll}>
      <table className={`${tables.table} ${tables.stacked} ${styles.stackedRowHeaders}`}>
        <caption className="visually-hidden">Imports, newest first</caption>
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col">By</th>
            <th scope="col">When</th>
            <th scope="col">Created</th>
            <th scope="col">Updated</th>
            <th scope="col">Undone</th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => (
            <tr key={batch.id}>
              <th scope="row">
                <Link href={`/admin/imports/${batch.id}`}>{batch.fileName}</Link> <span className="muted">#{batch.id}</span>
              </th>
              <td data-label="Format">{formatLabel(batch.format)}</td>
              <td data-label="By">{batch.by ?? <span className="muted">unknown</span>}</td>
              <td data-label="When">
                <time dateTime={batch.createdAt}>{formatUtcMinute(batch.createdAt)}</time>
              </td>
              <td data-label="Created">{batch.created.toLocaleString("en-GB")}</td>
              <td data-label="Updated">{batch.updated.toLocaleString("en-GB")}</td>
              <td data-label="Undone">
                <Undone batch={batch} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
