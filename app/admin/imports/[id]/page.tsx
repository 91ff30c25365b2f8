import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readBatchDetails } from "@/components/import/batch-details";
import { BatchEventsTable } from "@/components/import/batch-events-table";
import { formatLabel, plural } from "@/components/import/import-labels";
import { TimelineExtras } from "@/components/import/timeline-extras";
import { UndoImportButton } from "@/components/import/undo-import-button";
import tables from "@/components/admin/admin-table.module.css";
import styles from "@/components/import/import.module.css";
import { requirePageRole } from "@/lib/auth/require-role";
import { formatUtcMinute } from "@/lib/dates/format-utc-time";
import { canEdit } from "@/lib/domain/viewer";
import { parseEventId } from "@/lib/http/parse-list-params";
import { getImportBatch, listBatchEvents } from "@/lib/queries/imports/list-import-batches";

export const metadata: Metadata = { title: "Import" };

const PAGE_SIZE = 100;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ImportBatchPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  await requirePageRole(canEdit);
  const { id: raw } = await params;
  const id = parseEventId(raw);
  const batch = id === null ? null : await getImportBatch(id);
  if (!batch) notFound();
  const { after: afterParam } = await searchParams;
  const afterText = typeof afterParam === "string" ? afterParam : null;
  const after = afterText === null ? 0 : (parseEventId(afterText) ?? 0);
  const events = await listBatchEvents(batch.id, after, PAGE_SIZE);
  const { title, eras } = readBatchDetails(batch.details);
  const lastId = events.at(-1)?.id;

  return (
    <>
      <p>
        <Link href="/admin/imports">← All imports</Link>
      </p>
      <h1>Import of “{batch.fileName}”</h1>
      <dl className={styles.meta}>
        <dt>File</dt>
        <dd>
          {batch.fileName} <span className="muted">({formatLabel(batch.format)})</span>
        </dd>
        <dt>By</dt>
        <dd>{batch.by ?? <span className="muted">unknown</span>}</dd>
        <dt>When</dt>
        <dd>
          <time dateTime={batch.createdAt}>{formatUtcMinute(batch.createdAt)}</time>
        </dd>
        <dt>Events</dt>
        <dd>
          {plural(batch.created, "event")} created, {plural(batch.updated, "event")} updated
        </dd>
        <dt>Undone</dt>
        <dd>
          {batch.undoneAt ? (
            <>
              Undone <time dateTime={batch.undoneAt}>{formatUtcMinute(batch.undoneAt)}</time>
              {batch.undoneBy ? ` by ${batch.undoneBy}` : ""}: its new events went to the trash, and the events it updated went back to what they were.
            </>
          ) : (
            "No"
          )}
        </dd>
      </dl>
      {!batch.undoneAt && <UndoImportButton batchId={batch.id} fileName={batch.fileName} />}
      {afterText !== null && parseEventId(afterText) === null && (
        <p className="alert">“{afterText}” is not a place in this list (it takes an event id); the first events are shown.</p>
      )}
      <TimelineExtras title={title} eras={eras} />
      <section aria-labelledby="batch-events">
        <h2 id="batch-events">Events</h2>
        <p className="muted">The events this import last wrote; an event a later import updated is listed under that import.</p>
        {events.length === 0 ? (
          <p className="alert">{after ? "No more events in this import." : "No event of this import is left: a later import updated each of them."}</p>
        ) : (
          <BatchEventsTable events={events} />
        )}
        {(after > 0 || events.length === PAGE_SIZE) && (
          <nav aria-label="Pages of this import's events" className={tables.paging}>
            {after > 0 && <Link href={`/admin/imports/${batch.id}`}>First events</Link>}
            {events.length === PAGE_SIZE && lastId !== undefined && <Link href={`/admin/imports/${batch.id}?after=${lastId}`}>Next {PAGE_SIZE} events</Link>}
          </nav>
        )}
      </section>
    </>
  );
}
