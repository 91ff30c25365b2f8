"use client";

import { useId } from "react";
import { IMPORT_PHASES, type ImportPhase, type ImportProgress } from "@/lib/import/import-progress";
import { formatBytes } from "./format-bytes";
import styles from "./import.module.css";

export type Activity =
  | { step: "uploading"; purpose: "preview" | "import"; fileName: string; loaded: number; total: number }
  | { step: "reading"; purpose: "preview" | "import"; fileName: string }
  /** The server's own report of an import under way (lib/actions/import/commit-import.ts). */
  | { step: "importing"; purpose: "import"; fileName: string; progress: ImportProgress };

/** What each phase of the server's work is, for the bar's label. */
const PHASE_LABELS: Record<ImportPhase, string> = {
  checking: "Reading and checking the first rows",
  writing: "Checking and writing the events, their counts, search entries and history",
  finishing: "Linking related events and recording the import",
};

/** The words the wizard's status line says for a request in flight. */
export function describeActivity(activity: Activity): string {
  if (activity.step === "uploading") return `Uploading “${activity.fileName}”…`;
  return activity.purpose === "preview" ? "Reading the file…" : "Importing the events… (a large file takes a while; nothing is written unless every row is)";
}

/** How far along, in words: the bar's label and its aria-valuetext. */
function describeProgress(activity: Activity): { label: string; value: number; max: number; text: string } | null {
  if (activity.step === "uploading") {
    const percent = activity.total > 0 ? Math.round((activity.loaded / activity.total) * 100) : 0;
    return { label: `Uploading “${activity.fileName}”`, value: activity.loaded, max: activity.total || 1, text: `${percent}% (${formatBytes(activity.loaded)} of ${formatBytes(activity.total)})` };
  }
  if (activity.step === "importing") {
    const { phase, done, total, read } = activity.progress;
    const step = IMPORT_PHASES.indexOf(phase) + 1;
    const label = `Importing: step ${step} of ${IMPORT_PHASES.length}, ${PHASE_LABELS[phase].toLowerCase()}`;
    if (phase !== "writing") return { label, value: 0, max: 1, text: PHASE_LABELS[phase] };
    // A streamed file's rows are not counted before they are read: its bar is how much of the file has been.
    if (total === null) {
      const percent = Math.round((read ?? 0) * 100);
      return { label, value: percent, max: 100, text: `${PHASE_LABELS[phase]} (${done.toLocaleString("en")} rows so far, ${percent}% of the file read)` };
    }
    return { label, value: done, max: total || 1, text: `${PHASE_LABELS[phase]} (${done.toLocaleString("en")} of ${total.toLocaleString("en")} rows)` };
  }
  return null;
}

/** A bar for the upload, then the server's steps as it reports them (one without an end until the first report). */
export function UploadProgress({ activity, onCancel }: { activity: Activity; onCancel: () => void }) {
  const id = useId();
  const uploading = activity.step === "uploading";
  const known = describeProgress(activity);
  return (
    <div className={styles.progress}>
      <label htmlFor={id}>{known?.label ?? (activity.purpose === "preview" ? "Reading the file" : "Importing the events")}</label>
      {known && !(activity.step === "importing" && activity.progress.phase !== "writing") ? (
        <progress id={id} max={known.max} value={known.value} aria-valuetext={known.text} />
      ) : (
        <progress id={id} aria-valuetext={known?.text ?? "Working"} />
      )}
      <div className={styles.row}>
        {known && <span className="muted">{known.text}</span>}
        {(uploading || activity.purpose === "preview") && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </div>
  );
}
