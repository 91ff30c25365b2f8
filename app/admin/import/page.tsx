import type { Metadata } from "next";
import Link from "next/link";
import { ImportWizard } from "@/components/import/import-wizard";
import { requirePageRole } from "@/lib/auth/require-role";
import { canEdit } from "@/lib/domain/viewer";

export const metadata: Metadata = { title: "Import events" };

export default async function ImportPage() {
  await requirePageRole(canEdit);
  return (
    <>
      <h1>Import events</h1>
      <p className="muted">
        Bring in many events at once from a spreadsheet, a TimelineJS timeline or a Chronicle export. Past imports, and the way to undo one, are under{" "}
        <Link href="/admin/imports">Imports</Link>.
      </p>
      <ImportWizard />
    </>
  );
}
