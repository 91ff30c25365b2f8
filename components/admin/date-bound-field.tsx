"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { END_PRECISIONS, PRECISION_HINTS, START_PRECISIONS } from "@/lib/dates/event-date";
import type { BoundPrecision } from "@/lib/dates/partial-date";
import { describeField, FieldError, FieldHint, useFieldError } from "./field-a11y";
import styles from "./event-form.module.css";

const PRECISION_LABELS: Record<string, string> = {
  minute: "Time of day",
  day: "Day",
  month: "Month",
  quarter: "Quarter",
  season: "Season",
  year: "Year",
  unknown: "Unknown",
  none: "No end (a single date)",
  ongoing: "Ongoing",
};

export const PRECISION_PLACEHOLDERS: Record<BoundPrecision, string> = {
  minute: "2025-04-15 10:30",
  day: "2025-06-27",
  month: "2019-07",
  quarter: "2025-Q3",
  season: "2025-summer",
  year: "2013",
};

function isBoundPrecision(precision: string): precision is BoundPrecision {
  return precision in PRECISION_PLACEHOLDERS;
}

/** A date bound: how precisely it is known, then the value typed at that precision (hidden when there is none). */
export function DateBoundField({ which }: { which: "start" | "end" }) {
  const { register } = useFormContext();
  const precision = useWatch({ name: `${which}.precision` }) as string;
  const precisionPath = `${which}.precision`;
  const valuePath = `${which}.value`;
  const precisionError = useFieldError(precisionPath);
  const valueError = useFieldError(valuePath);
  const precisionA11y = describeField(precisionPath, precisionError);
  const valueA11y = describeField(valuePath, valueError, true);
  const noun = which === "start" ? "Start" : "End";
  const precisions = which === "start" ? START_PRECISIONS : END_PRECISIONS;
  // Changing either bound can make the other valid or invalid (an end before its start).
  const deps = ["start.value", "end.value"];

  return (
    <div className={styles.dateBound}>
      <div className={styles.field}>
        <label htmlFor={precisionA11y.id}>{noun} known to the</label>
        <select {...register(precisionPath, { deps })} {...precisionA11y}>
          {precisions.map((value) => (
            <option key={value} value={value}>{PRECISION_LABELS[value]}</option>
          ))}
        </select>
        <FieldError path={precisionPath} error={precisionError} />
      </div>
      {isBoundPrecision(precision) && (
        <div className={styles.field}>
          <label htmlFor={valueA11y.id}>{noun} ({PRECISION_LABELS[precision]!.toLowerCase()})</label>
          <FieldHint path={valuePath}>{PRECISION_HINTS[precision]}</FieldHint>
          <input
            {...register(valuePath, { deps: which === "start" ? ["end.value"] : [] })}
            {...valueA11y}
            placeholder={PRECISION_PLACEHOLDERS[precision]}
            autoComplete="off"
            spellCheck={false}
          />
          <FieldError path={valuePath} error={valueError} />
        </div>
      )}
    </div>
  );
}
