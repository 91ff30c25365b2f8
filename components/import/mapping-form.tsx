"use client";

import { useId, useState, type FormEvent } from "react";
import { IMPORT_FIELDS, type ImportField } from "@/lib/import/csv/column-mapping";
import { requestJson, type ColumnMapping } from "./import-api";
import { fieldLabel } from "./import-labels";
import styles from "./import.module.css";

type Draft = Record<string, ImportField | "">;

interface MappingFormProps {
  headers: string[];
  /** The mapping the preview was read with; the form starts from it. */
  mapping: ColumnMapping;
  disabled: boolean;
  onApply: (mapping: ColumnMapping) => void;
  /** Whether the selects now differ from the mapping the preview was read with. */
  onEditedChange: (edited: boolean) => void;
  onSaved: () => void;
}

const toField = (value: string): ImportField | "" => IMPORT_FIELDS.find((field) => field === value) ?? "";

function draftOf(headers: string[], mapping: ColumnMapping): Draft {
  const draft: Draft = Object.fromEntries(headers.map((header) => [header, ""]));
  for (const { column, field } of mapping.columns) if (draft[column] === "") draft[column] = field;
  return draft;
}

function mappingOf(headers: string[], draft: Draft): ColumnMapping {
  return { version: 1, columns: headers.flatMap((header) => (draft[header] ? [{ column: header, field: draft[header] }] : [])) };
}

/** One select per column of the file, "Apply mapping" to read the file with them, and "Save this mapping as…". */
export function MappingForm({ headers, mapping, disabled, onApply, onEditedChange, onSaved }: MappingFormProps) {
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(headers, mapping));
  const applied = JSON.stringify(mappingOf(headers, draftOf(headers, mapping)));
  // A new preview (this mapping applied, or a saved one) resets the selects; done while rendering rather than by
  // remounting, so that the focus stays on the button that was pressed.
  const [shown, setShown] = useState(applied);
  if (shown !== applied) {
    setShown(applied);
    setDraft(draftOf(headers, mapping));
  }
  const [name, setName] = useState("");
  const [saving, setSaving] = useState(false);
  const [saveMessage, setSaveMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const choose = (header: string, value: string) => {
    const next = { ...draft, [header]: toField(value) };
    setDraft(next);
    onEditedChange(JSON.stringify(mappingOf(headers, next)) !== applied);
  };

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(mappingOf(headers, draft));
  };

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaving(true);
    setSaveMessage(null);
    const result = await requestJson<{ id: number; name: string }>("/api/v1/import-mappings", { method: "POST", body: { name, mapping: mappingOf(headers, draft) } });
    setSaving(false);
    if (!result.ok) {
      setSaveMessage({ ok: false, text: `The mapping was not saved: ${result.failure.message}` });
      return;
    }
    setSaveMessage({ ok: true, text: `Saved this mapping as “${result.data.name}”.` });
    setName("");
    onSaved();
  };

  return (
    <>
      <form onSubmit={apply}>
        <fieldset className={styles.columns} disabled={disabled}>
          <legend>What each column holds</legend>
          {headers.map((header, index) => (
            <div key={header} className={styles.column}>
              <label htmlFor={`${id}-column-${index}`}>{header}</label>
              <select id={`${id}-column-${index}`} value={draft[header] ?? ""} onChange={(event) => choose(header, event.target.value)}>
                <option value="">Ignore this column</option>
                {IMPORT_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button-primary" disabled={disabled}>
          Apply mapping
        </button>{" "}
        <span className="muted">reads the file again with these columns.</span>
      </form>
      <form onSubmit={save} className={`${styles.row} ${styles.saveForm}`} aria-busy={saving}>
        <div className={styles.field}>
          <label htmlFor={`${id}-name`}>Save this mapping as…</label>
          <input id={`${id}-name`} value={name} onChange={(event) => setName(event.target.value)} maxLength={100} required autoComplete="off" placeholder="Newsroom spreadsheet" />
        </div>
        <button type="submit" disabled={saving || disabled}>
          {saving ? "Saving…" : "Save mapping"}
        </button>
      </form>
      <p role="status" className={styles.hint}>
        {saveMessage?.ok ? saveMessage.text : ""}
      </p>
      {saveMessage && !saveMessage.ok && (
        <p role="alert" className="field-error">
          {saveMessage.text}
        </p>
      )}
    </>
  );
}
