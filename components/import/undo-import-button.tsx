"use client";

import { useEffect, useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { requestJson, type ImportUndoResult } from "./import-api";
import { plural } from "./import-labels";
import tables from "@/components/admin/admin-table.module.css";

interface UndoImportButtonProps {
  batchId: number;
  fileName: string;
}

const describeUndo = (done: ImportUndoResult) =>
  `Import undone: ${plural(done.trashed, "event")} moved to the trash, ${plural(done.reverted, "event")} put back as ${done.reverted === 1 ? "it was" : "they were"} before.`;

/**
 * Undoing moves every event the import created to the trash and puts back the ones it updated, so it asks first, with
 * the focus on "Keep it"; Escape keeps it too.
 */
export function UndoImportButton({ batchId, fileName }: UndoImportButtonProps) {
  const router = useRouter();
  const questionId = useId();
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<ImportUndoResult | null>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
    else if (wasConfirming.current) openRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const undo = async () => {
    setPending(true);
    setError(null);
    const result = await requestJson<ImportUndoResult>(`/api/v1/imports/${batchId}/undo`, { method: "POST" });
    setPending(false);
    if (!result.ok) {
      setError(`The import was not undone: ${result.failure.message}`);
      return;
    }
    setConfirming(false);
    setDone(result.data);
    router.refresh();
  };

  return (
    <>
      {!done && !confirming && (
        <button ref={openRef} type="button" className="button-danger" onClick={() => setConfirming(true)}>
          Undo this import…
        </button>
      )}
      {!done && confirming && (
        <div role="group" aria-labelledby={questionId} className={tables.confirm} onKeyDown={(event) => event.key === "Escape" && !pending && setConfirming(false)}>
          <p id={questionId}>
            Undo the import of “{fileName}”? The events it created go to the trash (they can be restored from there) and the events it updated go back
            to what they were before it.
          </p>
          <div className={tables.confirmButtons}>
            <button type="button" className="button-danger" onClick={undo} disabled={pending}>
              {pending ? "Undoing…" : "Undo this import"}
            </button>
            <button ref={keepRef} type="button" onClick={() => setConfirming(false)} disabled={pending}>
              Keep it
            </button>
          </div>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
        </div>
      )}
      <p role="status">{done ? describeUndo(done) : ""}</p>
    </>
  );
}
