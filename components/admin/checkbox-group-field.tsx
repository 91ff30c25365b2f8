"use client";

import { Controller, useFormContext } from "react-hook-form";
import { FieldError, fieldId } from "./field-a11y";
import styles from "./event-form.module.css";

interface CheckboxGroupFieldProps<V extends string | number> {
  path: "topicIds" | "countryCodes";
  legend: string;
  options: { value: V; label: string }[];
}

/** A fieldset of checkboxes editing one array of ids (or codes). */
export function CheckboxGroupField<V extends string | number>({ path, legend, options }: CheckboxGroupFieldProps<V>) {
  const { control } = useFormContext();
  const id = fieldId(path);
  return (
    <Controller
      name={path}
      control={control}
      render={({ field, fieldState }) => {
        const selected = (field.value ?? []) as V[];
        const error = fieldState.error?.message ?? fieldState.error?.root?.message;
        const toggle = (value: V, checked: boolean) =>
          field.onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));
        return (
          <fieldset id={id} tabIndex={-1} className={styles.checkboxGroup} aria-describedby={error ? `${id}-error` : undefined}>
            <legend>
              {legend} <span className="muted">({selected.length} chosen)</span>
            </legend>
            {options.length === 0 && <p className="muted">None to choose from yet.</p>}
            <div className={styles.checkboxes}>
              {options.map((option) => (
                <label key={option.value} className={styles.checkbox}>
                  <input
                    type="checkbox"
                    checked={selected.includes(option.value)}
                    onChange={(event) => toggle(option.value, event.target.checked)}
                    onBlur={field.onBlur}
                  />
                  {option.label}
                </label>
              ))}
            </div>
            <FieldError path={path} error={error} />
          </fieldset>
        );
      }}
    />
  );
}
