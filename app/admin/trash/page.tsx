import type { Metadata } from "next";
import Link from "next/link";
import { AdminNotice } from "@/components/admin/admin-notice";
import { TableParamErrors } from "@/components/events-table/table-param-errors";
import { TrashTable } from "@/components/admin/trash/trash-table";
import styles from "@/components/admin/admin-table.module.css";
import { requirePageRole } from "@/lib/auth/require-role";
import { canAdminister, canEdit } from "@/lib/domain/viewer";
import { findPurgedEventTitle } from "@/lib/queries/audit/find-purged-event";
import { getEventForEdit } from "@/lib/queries/get-event-for-edit";
import { countDeletedEvents, listDeletedEvents } from "@/lib/queries/list-deleted-events";
import { formatTrashCursor, parseTrashParams } from "@/lib/trash/trash-params";

export const metadata: Metadata = { title: "Trash" };

async function restoredEvent(id: number | null) {
  const event = id === null ? null : await getEventForEdit(id);
  return event && !event.deletedAt ? { id: event.id, title: event.values.title, version: event.values.version } : null;
}

export default async function TrashPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requirePageRole(canEdit);
  const admin = canAdminister(viewer);
  const { value, errors } = parseTrashParams(await searchParams);
  const [page, total, restored, purgedTitle] = await Promise.all([
    listDeletedEvents(value.before),
    countDeletedEvents(),
    restoredEvent(value.restored),
    admin && value.purged !== null ? findPurgedEventTitle(value.purged) : null,
  ]);

  return (
    <>
      <h1>Trash</h1>
      <p className="muted">
        Deleted events stay here until {admin ? "you purge them" : "an admin purges them"}; restoring one brings it back with its sources, links and relations.
      </p>
      {restored && <AdminNotice kind="restored" event={restored} />}
      {purgedTitle !== null && (
        <div role="status" className="alert">
          Purged “{purgedTitle}” for good. <Link href={`/admin/audit?event=${value.purged}`}>Its entries in the audit log</Link>
        </div>
      )}
      <TableParamErrors errors={errors} />
      <section aria-labelledby="trash-events">
        <h2 id="trash-events">
          Deleted events <span className="muted">({total.toLocaleString("en-GB")})</span>
        </h2>
        {page.events.length === 0 ? (
          <p className="alert">{value.before ? "No older deleted events." : "The trash is empty: no event has been deleted, or every deleted one was restored or purged."}</p>
        ) : (
          <TrashTable events={page.events} canPurge={admin} />
        )}
        {(value.before || page.older) && (
          <nav aria-label="Trash pages" className={styles.paging}>
            {value.before && <Link href="/admin/trash">Most recently deleted</Link>}
            {page.older && <Link href={`/admin/trash?before=${formatTrashCursor(page.older)}`}>Older deletions</Link>}
          </nav>
        )}
      </section>
    </>
  );
}
