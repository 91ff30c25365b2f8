import type { Metadata } from "next";
import Link from "next/link";
import { ImportBatchesTable } from "@/components/import/import-batches-table";
import { requirePageRole } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/domain/viewer";
import { listImportBatches } from "@/lib/queries/imports/list-import-batches";

export const metadata: Metadata = { title: "Imports" };

const SHOWN = 50;

export default async function ImportsPage() {
  await requirePageRole(canEdit);
  const batches = await listImportBatches(SHOWN);
  return (
    <>
      <h1>Imports</h1>
      <p className="muted">
        Every file imported, newest first; open one to see its events or undo it. <Link href="/admin/import">Import a file</Link>
      </p>
      {batches.length === 0 ? (
        <p className="alert">Nothing has been imported yet. <Link href="/admin/import">Import a file</Link> to bring in many events at once.</p>
      ) : (
        <ImportBatchesTable batches={batches} />
      )}
      {batches.length === SHOWN && <p className="muted">The {SHOWN} latest imports are shown.</p>}
    </>
  );
}
