"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { EVENT_LIMITS } from "@/lib/schemas/event-input";
import { FieldError, fieldId, useFieldError } from "./field-a11y";
import { TextField } from "./text-field";
import styles from "./event-form.module.css";

const EMPTY_SOURCE = { publisher: "", title: "", url: "", publishedOn: "", author: "", quote: "" };

/** The event's sources as an add/remove list; their order is kept. */
export function SourcesField() {
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: "sources" });
  const listError = useFieldError("sources");
  return (
    <fieldset id={fieldId("sources")} tabIndex={-1} className={styles.section}>
      <legend>Sources</legend>
      {fields.length === 0 && <p className="muted">No sources yet. Every published event should cite at least one.</p>}
      <ol className={styles.repeatList}>
        {fields.map((field, index) => (
          <li key={field.id} className={styles.repeatItem}>
            <fieldset>
              <legend>Source {index + 1}</legend>
              <div className={styles.grid2}>
                <TextField path={`sources.${index}.publisher`} label="Publisher" required />
                <TextField path={`sources.${index}.title`} label="Headline or title" />
                <TextField path={`sources.${index}.url`} label="Web address" type="url" placeholder="https://" />
                <TextField path={`sources.${index}.publishedOn`} label="Published on" placeholder="2025-06-27, 2019-07 or 2013" />
                <TextField path={`sources.${index}.author`} label="Author" />
              </div>
              <TextField path={`sources.${index}.quote`} label="Quote" multiline rows={2} />
              <button type="button" className="button-danger" onClick={() => remove(index)}>
                Remove source {index + 1}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <FieldError path="sources" error={listError} />
      <button type="button" onClick={() => append(EMPTY_SOURCE)} disabled={fields.length >= EVENT_LIMITS.sources}>
        Add a source
      </button>
    </fieldset>
  );
}
