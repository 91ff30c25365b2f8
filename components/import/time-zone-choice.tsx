"use client";

import { useId, useMemo, useState, type FormEvent } from "react";
import styles from "./import.module.css";

interface TimeZoneChoiceProps {
  /** The zone the preview was read with; "" for none. */
  timeZone: string;
  needed: boolean;
  disabled: boolean;
  onApply: (timeZone: string) => void;
  onEditedChange: (edited: boolean) => void;
}

/** The zone of times the file gives without one (every TimelineJS time), suggested from the browser's list of zones. */
export function TimeZoneChoice({ timeZone, needed, disabled, onApply, onEditedChange }: TimeZoneChoiceProps) {
  const id = useId();
  const [draft, setDraft] = useState(timeZone);
  // A preview read with another zone resets the field (while rendering, so that the focus stays where it is).
  const [shown, setShown] = useState(timeZone);
  if (shown !== timeZone) {
    setShown(timeZone);
    setDraft(timeZone);
  }
  const zones = useMemo(() => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []), []);
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft.trim());
  };
  return (
    <section aria-labelledby={`${id}-heading`} className={styles.panel}>
      <h2 id={`${id}-heading`}>Time zone</h2>
      <form onSubmit={apply} className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={id}>
            Time zone for times without one {!needed && <span className="muted">(optional)</span>}
          </label>
          <p id={`${id}-hint`} className={`${needed ? styles.problems : "muted"} ${styles.hint}`}>
            {needed
              ? "Some rows give a time of day without a zone, which Chronicle cannot place: name the zone the times were given in, like Asia/Kuala_Lumpur."
              : "Only used for times of day the file gives without a zone (TimelineJS never gives one), like Asia/Kuala_Lumpur or UTC."}
          </p>
          <input
            id={id}
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              onEditedChange(event.target.value.trim() !== timeZone);
            }}
            list={`${id}-zones`}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${id}-hint`}
            disabled={disabled}
          />
          <datalist id={`${id}-zones`}>
            {zones.map((zone) => <option key={zone} value={zone} />)}
          </datalist>
        </div>
        <button type="submit" disabled={disabled}>
          Use this time zone
        </button>
      </form>
    </section>
  );
}
