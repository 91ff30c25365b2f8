import { EVENT_STATUS_LABELS } from "@/lib/domain/event-vocabulary";
import type { ImportPreview } from "./import-api";
import { plural } from "./import-labels";
import tables from "@/components/admin/admin-table.module.css";
import styles from "./import.module.css";

type PreviewRow = ImportPreview["rows"][number];

const statusLabel = (status: string) => (EVENT_STATUS_LABELS as Record<string, string | undefined>)[status] ?? status;

function Tags({ row }: { row: PreviewRow }) {
  const tags = [...row.topics, ...row.countries];
  if (row.lane) tags.unshift(`lane: ${row.lane}`);
  return tags.length ? <>{tags.join(", ")}</> : <span className="muted">none</span>;
}

function Warnings({ warnings }: { warnings: string[] }) {
  if (warnings.length === 0) return <span className="muted">none</span>;
  if (warnings.length === 1) return <>{warnings[0]}</>;
  return (
    <ul className={styles.warnings}>
      {warnings.map((warning, index) => <li key={index}>{warning}</li>)}
    </ul>
  );
}

/** Every row as it will be stored (the first 500): its date as labelled and the precision it was read at. */
export function PreviewRowsTable({ preview }: { preview: ImportPreview }) {
  if (preview.rows.length === 0) {
    return <p className="alert">{preview.mappingProblems.length ? "No row is shown until the column mapping reads the file (see the problems above)." : "The file holds no events."}</p>;
  }
  const shown = preview.rows.length < preview.totalRows ? ` (the first ${preview.rows.length} of ${preview.totalRows.toLocaleString("en-GB")})` : "";
  return (
    <div className={tables.scroll}>
      <table className={`${tables.table} ${tables.stacked}`}>
        <caption>
          The events as they will be stored{shown}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Action</th>
            <th scope="col">Title</th>
            <th scope="col">Date</th>
            <th scope="col">Read as</th>
            <th scope="col">Status</th>
            <th scope="col">Topics and countries</th>
            <th scope="col">Warnings</th>
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => (
            <tr key={row.line}>
              <td data-label="Row">{row.line}</td>
              <td data-label="Action">{row.action === "update" ? <>Update <span className="muted">({row.externalId})</span></> : "New"}</td>
              <td data-label="Title">{row.title || <span className="muted">(no title)</span>}</td>
              <td data-label="Date">{row.dateLabel}</td>
              <td data-label="Read as">{row.precision || <span className="muted">not read</span>}</td>
              <td data-label="Status">{statusLabel(row.status)}</td>
              <td data-label="Topics and countries"><Tags row={row} /></td>
              <td data-label="Warnings"><Warnings warnings={row.warnings} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      {preview.warningCount > 0 && <p className="muted">{plural(preview.warningCount, "warning")} in all: warnings do not stop the import; they say what was read differently from the file.</p>}
    </div>
  );
}
