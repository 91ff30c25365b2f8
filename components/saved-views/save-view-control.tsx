"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import { createSavedViewAction } from "@/lib/actions/saved-views/saved-view-actions";
import type { SavedViewSummary } from "@/lib/queries/saved-views/saved-view-summary";
import styles from "./save-view-control.module.css";

/**
 * "Save this view" in the header: names the page and its query string as they stand in the address
 * bar (read from window.location at submit, so the saved query is byte for byte what the reader sees).
 */
export function SaveViewControl({ paths }: { paths: readonly string[] }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedViewSummary | null>(null);
  const [pending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);

  if (!paths.includes(pathname)) return null;

  const close = () => {
    setOpen(false);
    setSaved(null);
    setError(null);
    buttonRef.current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await createSavedViewAction({ name, path: window.location.pathname, query: window.location.search.replace(/^\?/, "") });
      if (result.ok) {
        setSaved(result.data);
        setName("");
        setError(null);
      } else {
        setError(Object.values(result.fieldErrors ?? {}).flat().join(" ") || result.message);
      }
    });
  };

  return (
    <div className={styles.control} onKeyDown={(event) => event.key === "Escape" && open && close()}>
      <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => (open ? close() : setOpen(true))}>
        Save this view
      </button>
      {open && (
        <div id={panelId} className={styles.panel}>
          {saved ? (
            <div role="status">
              <p>Saved “{saved.name}”.</p>
              <p>
                <Link href={`/views/${saved.token}`}>Open the saved view</Link> · <Link href="/views" onClick={close}>All saved views</Link>
              </p>
              <button type="button" onClick={close}>Close</button>
            </div>
          ) : (
            <form onSubmit={submit} noValidate>
              <label htmlFor={`${panelId}-name`}>Name of this view</label>
              <input
                ref={inputRef}
                id={`${panelId}-name`}
                value={name}
                maxLength={100}
                required
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${panelId}-error` : undefined}
                onChange={(event) => setName(event.target.value)}
              />
              {error && <p id={`${panelId}-error`} className="field-error">{error}</p>}
              <p className={styles.hint}>Saves this page with its filters and window. Only you see it until you share it.</p>
              <div className={styles.buttons}>
                <button type="submit" className="button-primary" disabled={pending}>{pending ? "Saving…" : "Save"}</button>
                <button type="button" onClick={close}>Cancel</button>
              </div>
            </form>
          )}
        </div>
      )}
    </div>
  );
}
