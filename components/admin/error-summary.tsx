"use client";

import { forwardRef } from "react";
import { describeFieldPath, type FlatFieldError } from "./flatten-form-errors";
import { fieldId } from "./field-a11y";

interface ErrorSummaryProps {
  errors: FlatFieldError[];
  formMessage?: string | null;
}

/** Shown at the top after a failed save: what went wrong, each item a link to its field. */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ errors, formMessage }, ref) {
  if (errors.length === 0 && !formMessage) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="event-form-error-title" className="alert alert-error">
      <h2 id="event-form-error-title" style={{ margin: 0, fontSize: "1.05rem" }}>
        {errors.length ? `The event was not saved: ${errors.length === 1 ? "1 field needs" : `${errors.length} fields need`} attention` : "The event was not saved"}
      </h2>
      {formMessage && <p style={{ margin: "0.25rem 0 0" }}>{formMessage}</p>}
      {errors.length > 0 && (
        <ul>
          {errors.map((error) => (
            <li key={`${error.path}:${error.message}`}>
              <a href={`#${fieldId(error.path)}`} style={{ color: "inherit" }}>
                {describeFieldPath(error.path)}: {error.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
