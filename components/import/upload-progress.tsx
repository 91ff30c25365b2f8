"use client";

import { useId } from "react";
import { formatBytes } from "./format-bytes";
import styles from "./import.module.css";

export type Activity =
  | { step: "uploading"; purpose: "preview" | "import"; fileName: string; loaded: number; total: number }
  | { step: "reading"; purpose: "preview" | "import"; fileName: string };

/** The words the wizard's status line says for a request in flight. */
export function describeActivity(activity: Activity): string {
  if (activity.step === "uploading") return `Uploading “${activity.fileName}”…`;
  return activity.purpose === "preview" ? "Reading the file…" : "Importing the events… (a large file takes a while; nothing is written unless every row is)";
}

/** A bar for the upload, then one without an end while the server reads or imports the file. */
export function UploadProgress({ activity, onCancel }: { activity: Activity; onCancel: () => void }) {
  const id = useId();
  const uploading = activity.step === "uploading";
  const percent = uploading && activity.total > 0 ? Math.round((activity.loaded / activity.total) * 100) : 0;
  const valueText = uploading ? `${percent}% (${formatBytes(activity.loaded)} of ${formatBytes(activity.total)})` : undefined;
  return (
    <div className={styles.progress}>
      <label htmlFor={id}>{uploading ? `Uploading “${activity.fileName}”` : activity.purpose === "preview" ? "Reading the file" : "Importing the events"}</label>
      {uploading ? <progress id={id} max={activity.total || 1} value={activity.loaded} aria-valuetext={valueText} /> : <progress id={id} aria-valuetext="Working" />}
      <div className={styles.row}>
        {uploading && <span className="muted">{valueText}</span>}
        {(uploading || activity.purpose === "preview") && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}
