"use client";

import { useEffect, useRef, useState } from "react";
import type { EventMergeConflict } from "@/lib/actions/events/save-event-form";
import type { MergeField } from "@/lib/revisions/merge-event-values";
import type { EventInput } from "@/lib/schemas/event-input";
import styles from "./merge-conflict.module.css";

type Choice = "theirs" | "mine";

/** The values to save: the merge, with mine in every field the editor chose to keep theirs out of. */
export function resolveMerge(merge: EventMergeConflict, choices: Record<string, Choice>): EventInput {
  const values: EventInput = { ...merge.merged };
  const set = values as unknown as Record<MergeField, unknown>;
  for (const { field } of merge.fields) if (choices[field] === "mine") set[field] = merge.mine[field];
  return values;
}

function Value({ text }: { text: string | null }) {
  return text === null ? <span className="muted">(empty)</span> : <span className={styles.value}>{text}</span>;
}

/**
 * Shown when another editor saved first and both changed the same fields: each field with the value both started
 * from, theirs and mine, and a choice per field. Nothing is saved until the editor has chosen for every field.
 */
export function MergeConflict({ merge, pending, onResolve, onCancel }: { merge: EventMergeConflict; pending: boolean; onResolve: (values: EventInput) => void; onCancel: () => void }) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [missing, setMissing] = useState(false);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.focus(), [merge]);
  const save = () => {
    if (merge.fields.some(({ field }) => !choices[field])) return setMissing(true);
    onResolve(resolveMerge(merge, choices));
  };
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="merge-title" className={`alert ${styles.conflict}`}>
      <h2 id="merge-title">{merge.by} saved this event while you were editing it</h2>
      <p>
        Their changes to other fields are kept. You both changed {merge.fields.length === 1 ? "this field" : `these ${merge.fields.length} fields`}: choose which
        to keep for each, then save. Nothing has been saved yet.
      </p>
      {merge.fields.map(({ field, label, base, mine, theirs }) => (
        <fieldset key={field} className={styles.field}>
          <legend>{label}</legend>
          <div className={styles.columns}>
            <div>
              <p className={styles.heading}>When you opened it</p>
              {base === null && merge.fields.length > 0 ? <span className="muted">(not recorded)</span> : <Value text={base} />}
            </div>
            <label className={styles.option}>
              <input type="radio" name={`merge-${field}`} value="theirs" checked={choices[field] === "theirs"} onChange={() => setChoices({ ...choices, [field]: "theirs" })} />
              <span className={styles.heading}>Keep theirs</span>
              <Value text={theirs} />
            </label>
            <label className={styles.option}>
              <input type="radio" name={`merge-${field}`} value="mine" checked={choices[field] === "mine"} onChange={() => setChoices({ ...choices, [field]: "mine" })} />
              <span className={styles.heading}>Keep mine</span>
              <Value text={mine} />
            </label>
          </div>
        </fieldset>
      ))}
      {missing && <p role="alert" className="field-error">Choose theirs or mine for every field above.</p>}
      <div className={styles.actions}>
        <button type="button" className="button-primary" onClick={save} disabled={pending}>{pending ? "Saving…" : "Save with these choices"}</button>
        <button type="button" onClick={onCancel} disabled={pending}>Back to my edits</button>
      </div>
    </section>
  );
}
