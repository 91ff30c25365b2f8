import Link from "next/link";
import type { FindEventsResult } from "@/lib/queries/find-events";
import { formatEventTotal } from "@/components/events-table/format-event-total";
import styles from "./admin-page.module.css";

const UPDATED = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

interface AdminEventTableProps {
  result: FindEventsResult;
  /** Builds the link to another page of the same list. */
  pageHref: (page: number) => string;
}

/** Every event the filter matches, drafts included, newest change first, each with its edit link. */
export function AdminEventTable({ result, pageHref }: AdminEventTableProps) {
  if (result.total === 0) {
    return (
      <p className="alert">
        No events match these filters. <Link href="/admin/events/new">Create an event</Link> or clear the filters.
      </p>
    );
  }
  return (
    <>
      <div className={styles.tableWrap} role="region" aria-labelledby="admin-events-caption" tabIndex={0}>
        <table className={styles.table}>
          <caption id="admin-events-caption" className="visually-hidden">
            Events, most recently changed first ({formatEventTotal(result.total, result.totalExact)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Date</th>
              <th scope="col">Status</th>
              <th scope="col">Importance</th>
              <th scope="col">Updated (UTC)</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((event) => (
              <tr key={event.id}>
                <td>
                  <Link href={`/admin/events/${event.id}/edit`}>
                    <span className="visually-hidden">Edit </span>
                    {event.title}
                  </Link>
                </td>
                <td>{event.dateLabel}</td>
                <td>
                  <span className={`tag ${event.status === "draft" ? "badge-draft" : ""}`}>{event.status === "draft" ? "Draft" : "Published"}</span>
                </td>
                <td>{event.importance}</td>
                <td>{UPDATED.format(new Date(event.updatedAt))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.pageCount > 1 && (
        <nav aria-label="Pages" className={styles.pager}>
          {result.page > 1 ? <Link href={pageHref(result.page - 1)}>← Previous</Link> : <span />}
          <span>
            Page {result.page}{result.totalExact ? ` of ${result.pageCount}` : ""}
          </span>
          {result.hasNextPage ? <Link href={pageHref(result.page + 1)}>Next →</Link> : <span />}
        </nav>
      )}
    </>
  );
}
