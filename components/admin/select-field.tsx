"use client";

import { useFormContext, type RegisterOptions } from "react-hook-form";
import { describeField, FieldError, FieldHint, useFieldError } from "./field-a11y";
import styles from "./event-form.module.css";

interface SelectFieldProps {
  path: string;
  label: string;
  options: { value: string | number; label: string }[];
  hint?: React.ReactNode;
  setValueAs?: RegisterOptions["setValueAs"];
  deps?: string[];
}

export function SelectField({ path, label, options, hint, setValueAs, deps }: SelectFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const a11y = describeField(path, error, Boolean(hint));
  return (
    <div className={styles.field}>
      <label htmlFor={a11y.id}>{label}</label>
      {hint && <FieldHint path={path}>{hint}</FieldHint>}
      <select {...register(path, { setValueAs, deps })} {...a11y}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>{option.label}</option>
        ))}
      </select>
      <FieldError path={path} error={error} />
    </div>
  );
}

/** Selects hold strings; this turns them back into the numbers the schema expects. */
export const toNumber = (value: unknown) => (value === "" || value === null || value === undefined ? 0 : Number(value));
