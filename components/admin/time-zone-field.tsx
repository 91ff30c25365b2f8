"use client";

import { useMemo } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { describeField, FieldError, FieldHint, useFieldError } from "./field-a11y";
import styles from "./event-form.module.css";

const PATH = "timeZone";

/** The zone a time of day was given in: shown only when a bound is known to the minute, suggested from Intl's list. */
export function TimeZoneField() {
  const { register } = useFormContext();
  const [start, end] = useWatch({ name: ["start.precision", "end.precision"] }) as [string, string];
  const zones = useMemo(() => (typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : []), []);
  const error = useFieldError(PATH);
  if (start !== "minute" && end !== "minute") return null;
  const a11y = describeField(PATH, error, true);
  return (
    <div className={styles.field}>
      <label htmlFor={a11y.id}>Time zone <span className="muted">(required)</span></label>
      <FieldHint path={PATH}>The zone the source gives the time in, like Asia/Kuala_Lumpur, Europe/Paris or UTC. Readers see the time in their own zone too.</FieldHint>
      <input {...register(PATH, { deps: ["start.value", "end.value"] })} {...a11y} list="event-time-zones" autoComplete="off" spellCheck={false} />
      <datalist id="event-time-zones">
        {zones.map((zone) => <option key={zone} value={zone} />)}
      </datalist>
      <FieldError path={PATH} error={error} />
    </div>
  );
}
