"use client";

import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { deleteSavedViewAction, renameSavedViewAction, shareSavedViewAction } from "@/lib/actions/saved-views/saved-view-actions";
import styles from "./saved-views.module.css";

export interface SavedViewRowData {
  token: string;
  name: string;
  page: string;
  settings: string;
  shared: boolean;
  updatedLabel: string;
}

type Mode = "idle" | "rename" | "confirm-delete";

/** One saved view with its actions: open, copy link, rename, share, delete (after a confirmation). */
export function SavedViewRow({ view }: { view: SavedViewRowData }) {
  const [mode, setMode] = useState<Mode>("idle");
  const [name, setName] = useState(view.name);
  const [shared, setShared] = useState(view.shared);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const href = `/views/${view.token}`;

  const run = (action: () => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }>, done: string, undo?: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        setMessage(done);
        setError(null);
        setMode("idle");
      } else {
        undo?.();
        setError(Object.values(result.fieldErrors ?? {}).flat().join(" ") || result.message || "Something went wrong.");
      }
    });

  const copyLink = async () => {
    const url = new URL(href, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setMessage(`Link copied: ${url}`);
    } catch {
      setMessage(`Copy this link: ${url}`);
    }
  };

  // Shown at once; put back if the server refuses.
  const toggleShared = (next: boolean) => {
    setShared(next);
    run(() => shareSavedViewAction(view.token, next), next ? "Shared." : "No longer shared.", () => setShared(!next));
  };

  const rename = (event: FormEvent) => {
    event.preventDefault();
    run(() => renameSavedViewAction(view.token, name), "Renamed.");
  };

  return (
    <li className={styles.row}>
      <div className={styles.main}>
        <h2 className={styles.name}><Link href={href}>{view.name}</Link></h2>
        <p className={styles.meta}>
          {view.page} · <span className={styles.settings}>{view.settings}</span> · {shared ? "Shared: anyone with the link can open it" : "Private"} · changed {view.updatedLabel}
        </p>
      </div>
      {mode === "rename" ? (
        <form onSubmit={rename} className={styles.inline}>
          <label htmlFor={`rename-${view.token}`}>New name for “{view.name}”</label>
          <input id={`rename-${view.token}`} value={name} maxLength={100} onChange={(event) => setName(event.target.value)} autoFocus />
          <button type="submit" className="button-primary" disabled={pending}>Save name</button>
          <button type="button" onClick={() => { setMode("idle"); setName(view.name); }}>Cancel</button>
        </form>
      ) : mode === "confirm-delete" ? (
        <div className={styles.inline} role="group" aria-label={`Confirm deleting ${view.name}`}>
          <span>Delete “{view.name}”? Its link will stop working.</span>
          <button type="button" className="button-danger" disabled={pending} onClick={() => run(() => deleteSavedViewAction(view.token), "Deleted.")}>Yes, delete</button>
          <button type="button" onClick={() => setMode("idle")} autoFocus>Keep it</button>
        </div>
      ) : (
        <div className={styles.actions}>
          <Link href={href} aria-label={`Open ${view.name}`}>Open</Link>
          <button type="button" onClick={copyLink} aria-label={`Copy link to ${view.name}`}>Copy link</button>
          <button type="button" onClick={() => setMode("rename")} aria-label={`Rename ${view.name}`}>Rename</button>
          <label className={styles.share}>
            <input type="checkbox" checked={shared} disabled={pending} onChange={(event) => toggleShared(event.target.checked)} />
            Shared<span className="visually-hidden"> ({view.name})</span>
          </label>
          <button type="button" className="button-danger" onClick={() => setMode("confirm-delete")} aria-label={`Delete ${view.name}`}>Delete</button>
        </div>
      )}
      <p role="status" className={styles.status}>{message}</p>
      {error && <p role="alert" className="field-error">{error}</p>}
    </li>
  );
}
