import Link from "next/link";
import type { ChartTable } from "@/lib/charts/chart-data";
import styles from "./charts.module.css";

/** The chart's text alternative: its numbers as a table, folded away until asked for. */
export function ChartDataTable({ caption, table }: { caption: string; table: ChartTable }) {
  return (
    <details className={styles.details}>
      <summary>Show data as a table</summary>
      {/* Focusable so a keyboard can scroll a table wider than a phone. */}
      <div className={styles.tableScroll} role="region" aria-label={`${caption}: data table`} tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.label} scope="col" className={column.numeric ? styles.numeric : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) => {
                  const content = cell.href ? <Link href={cell.href} aria-label={cell.label}>{cell.text}</Link> : cell.text;
                  const numeric = table.columns[index]?.numeric;
                  return index === 0 ? (
                    <th key={index} scope="row">{content}</th>
                  ) : (
                    <td key={index} className={numeric ? styles.numeric : undefined}>{content}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
