"use client";

import { useFormContext } from "react-hook-form";
import { describeField, FieldError, FieldHint, useFieldError } from "./field-a11y";
import styles from "./event-form.module.css";

interface TextFieldProps {
  path: string;
  label: string;
  hint?: React.ReactNode;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "url" | "email" | "password";
  autoComplete?: string;
  placeholder?: string;
  required?: boolean;
}

/** A labelled text input or textarea with its hint and its error right under it. */
export function TextField({ path, label, hint, multiline = false, rows = 4, type = "text", autoComplete, placeholder, required }: TextFieldProps) {
  const { register } = useFormContext();
  const error = useFieldError(path);
  const a11y = describeField(path, error, Boolean(hint));
  return (
    <div className={styles.field}>
      <label htmlFor={a11y.id}>
        {label}
        {required && <span className="muted"> (required)</span>}
      </label>
      {hint && <FieldHint path={path}>{hint}</FieldHint>}
      {multiline ? (
        <textarea {...register(path)} {...a11y} rows={rows} placeholder={placeholder} />
      ) : (
        <input {...register(path)} {...a11y} type={type} autoComplete={autoComplete} placeholder={placeholder} aria-required={required || undefined} />
      )}
      <FieldError path={path} error={error} />
    </div>
  );
}
