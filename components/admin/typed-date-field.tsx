"use client";

import { useId, useState } from "react";
import { useFormContext } from "react-hook-form";
import { parseTypedDate, type TypedDateResult, type TypedTime } from "@/lib/dates/typed-date/parse-typed-date";
import type { EventDate } from "@/lib/dates/event-date";
import { typedDateFormValues } from "./typed-date-values";
import styles from "./event-form.module.css";

const timeText = (time: TypedTime) => `${String(time.hour).padStart(2, "0")}:${String(time.minute).padStart(2, "0")}${time.zone ? ` ${time.zone}` : ""}`;

/**
 * A date as the article writes it ("June 27–28, 2025", "Q3 2024", "circa 1974"): read as it is typed, said back in
 * words, and set into the structured fields below, which stay editable. Ambiguous text asks which was meant.
 */
export function TypedDateField() {
  const id = useId();
  const { setValue } = useFormContext();
  const [text, setText] = useState("");
  const [result, setResult] = useState<TypedDateResult | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);

  const apply = (date: EventDate, label: string, time: TypedTime | null) => {
    const values = typedDateFormValues(date, label, time);
    for (const [path, value] of Object.entries(values)) setValue(path, value, { shouldValidate: true, shouldDirty: true });
  };

  const read = (typed: string) => {
    setText(typed);
    setChosen(null);
    const parsed = typed.trim() ? parseTypedDate(typed) : null;
    setResult(parsed);
    if (parsed?.kind === "understood") apply(parsed.date, parsed.label, parsed.time);
  };

  const choose = (index: number) => {
    if (result?.kind !== "ambiguous") return;
    const option = result.options[index]!;
    setChosen(index);
    apply(option.date, option.label, option.time);
  };

  const time = result?.kind === "understood" ? result.time : result?.kind === "ambiguous" && chosen !== null ? result.options[chosen]!.time : null;
  return (
    <div className={styles.field}>
      <label htmlFor={`${id}-text`}>Date as written <span className="muted">(optional)</span></label>
      <p id={`${id}-hint`} className="hint muted">
        Paste it from the source, like “June 27–28, 2025”, “Q3 2024”, “circa 1974” or “since 2023”: the fields below are set from it, and stay yours to change.
      </p>
      <input
        id={`${id}-text`}
        value={text}
        onChange={(event) => read(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint ${id}-reading`}
        aria-invalid={result?.kind === "error" ? true : undefined}
      />
      <div id={`${id}-reading`} aria-live="polite">
        {result?.kind === "understood" && (
          <p className={styles.preview}>
            Understood as: <strong>{result.description}</strong>
          </p>
        )}
        {result?.kind === "error" && <p className="field-error">{result.message}</p>}
        {result?.kind === "ambiguous" && (
          <fieldset className={styles.preview}>
            <legend>{result.message}</legend>
            {result.options.map((option, index) => (
              <label key={option.label} className={styles.checkboxRow}>
                <input type="radio" name={`${id}-reading`} checked={chosen === index} onChange={() => choose(index)} /> {option.description}
              </label>
            ))}
          </fieldset>
        )}
        {time && !time.zone && <p className="muted">The time ({timeText(time)}) came without a time zone: give it below.</p>}
      </div>
    </div>
  );
}
