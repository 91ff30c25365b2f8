"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { RELATION_LABELS, RELATION_TYPES } from "@/lib/domain/event-vocabulary";
import { EVENT_LIMITS } from "@/lib/schemas/event-input";
import { EventPickerField } from "./event-picker-field";
import { FieldError, fieldId, useFieldError } from "./field-a11y";
import { SelectField } from "./select-field";
import type { KnownEvents } from "./use-known-events";
import styles from "./event-form.module.css";

const TYPE_OPTIONS = RELATION_TYPES.map((type) => ({ value: type, label: RELATION_LABELS[type].forward }));

/** Links from this event to others ("Follows", "Outcome of" …), as an add/remove list; each other event is searched for. */
export function RelationsField({ known, selfId }: { known: KnownEvents; selfId?: number }) {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "relations" });
  const listError = useFieldError("relations");
  return (
    <fieldset id={fieldId("relations")} tabIndex={-1} className={styles.section}>
      <legend>Related events</legend>
      {fields.length === 0 && <p className="muted">No related events.</p>}
      <ol className={styles.repeatList}>
        {fields.map((field, index) => (
          <li key={field.id} className={`${styles.repeatItem} ${styles.relationRow}`}>
            <SelectField path={`relations.${index}.type`} label={`Relation ${index + 1}: this event…`} options={TYPE_OPTIONS} />
            <EventPickerField
              path={`relations.${index}.targetId`}
              label={`Relation ${index + 1}: other event`}
              known={known}
              excludeId={selfId}
              emptyText="No event chosen yet."
            />
            <button type="button" className="button-danger" onClick={() => remove(index)}>
              Remove relation {index + 1}
            </button>
          </li>
        ))}
      </ol>
      <FieldError path="relations" error={listError} />
      <button type="button" onClick={() => append({ type: "context_for", targetId: 0 })} disabled={fields.length >= EVENT_LIMITS.relations}>
        Add a related event
      </button>
    </fieldset>
  );
}
