"use client";

import { useEffect, useId, useState, type FormEvent } from "react";
import { requestJson, type ColumnMapping, type SavedMapping } from "./import-api";
import { MappingForm } from "./mapping-form";
import styles from "./import.module.css";

interface CsvMappingPanelProps {
  headers: string[];
  mapping: ColumnMapping;
  problems: string[];
  disabled: boolean;
  onApply: (mapping: ColumnMapping) => void;
  onEditedChange: (edited: boolean) => void;
}

type SavedList = { state: "loading" } | { state: "loaded"; mappings: SavedMapping[] } | { state: "failed"; message: string };

function SavedMappingChooser({ list, disabled, onApply }: { list: SavedList; disabled: boolean; onApply: (mapping: ColumnMapping) => void }) {
  const id = useId();
  const [chosen, setChosen] = useState("");
  if (list.state === "loading") return <p className="muted">Loading your saved mappings…</p>;
  if (list.state === "failed") return <p className="field-error">Your saved mappings could not be loaded: {list.message}</p>;
  if (list.mappings.length === 0) return <p className="muted">You have no saved mappings yet; save this one below to reuse it on the next file like it.</p>;
  const use = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = list.mappings.find((mapping) => String(mapping.id) === chosen);
    if (saved) onApply(saved.mapping);
  };
  return (
    <form onSubmit={use} className={styles.row}>
      <div className={styles.field}>
        <label htmlFor={id}>Saved mappings</label>
        <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)} required>
          <option value="">Choose a saved mapping</option>
          {list.mappings.map((mapping) => (
            <option key={mapping.id} value={mapping.id}>
              {mapping.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={disabled || chosen === ""}>
        Use this mapping
      </button>
    </form>
  );
}

/** A CSV's column mapping: the editor's saved ones, the selects, and what stops the current one from reading the file. */
export function CsvMappingPanel({ headers, mapping, problems, disabled, onApply, onEditedChange }: CsvMappingPanelProps) {
  const [list, setList] = useState<SavedList>({ state: "loading" });
  /** Bumped after a save, to load the list again. */
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    void requestJson<SavedMapping[]>("/api/v1/import-mappings").then((result) => {
      if (current) setList(result.ok ? { state: "loaded", mappings: result.data } : { state: "failed", message: result.failure.message });
    });
    return () => {
      current = false;
    };
  }, [version]);

  return (
    <section aria-labelledby="import-mapping" className={styles.panel}>
      <h2 id="import-mapping">Columns</h2>
      <p className="muted">Chronicle suggested what each column holds from its name; change any that is wrong, then apply the mapping.</p>
      <SavedMappingChooser list={list} disabled={disabled} onApply={onApply} />
      {problems.length > 0 && (
        <div className={styles.problems}>
          <p>This mapping cannot read the file:</p>
          <ul className={styles.list}>
            {problems.map((problem) => <li key={problem}>{problem}</li>)}
          </ul>
        </div>
      )}
      <MappingForm headers={headers} mapping={mapping} disabled={disabled} onApply={onApply} onEditedChange={onEditedChange} onSaved={() => setVersion((value) => value + 1)} />
    </section>
  );
}
