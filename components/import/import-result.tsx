"use client";

import { useEffect, useRef } from "react";
import Link from "next/link";
import type { ImportCommitResult } from "./import-api";
import { plural } from "./import-labels";
import { UndoImportButton } from "./undo-import-button";
import styles from "./import.module.css";

function NewNames({ label, names }: { label: string; names: string[] }) {
  if (names.length === 0) return null;
  return (
    <p>
      {label}: {names.join(", ")}
    </p>
  );
}

/** What the import wrote, where to see it, and the way back. */
export function ImportResult({ result, fileName }: { result: ImportCommitResult; fileName: string }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The confirm button this replaces had the focus; the result takes it, so a keyboard stays where the page went on.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section aria-labelledby="import-result" className={styles.panel}>
      <h2 id="import-result" ref={headingRef} tabIndex={-1}>Imported “{fileName}”</h2>
      <p className={styles.totals}>
        {plural(result.created, "event")} created, {plural(result.updated, "event")} updated.
      </p>
      <NewNames label="New topics" names={result.newTopics} />
      <NewNames label="New actors" names={result.newActors} />
      <p>
        <Link href={`/admin/imports/${result.batchId}`}>See this import and its events</Link> · <Link href="/admin/imports">All imports</Link>
      </p>
      <UndoImportButton batchId={result.batchId} fileName={fileName} />
    </section>
  );
}
