import { get, useFormState, type FieldErrors } from "react-hook-form";

/** DOM id of a form field from its path: "sources.0.url" → "event-sources-0-url". Error summary links use it. */
export function fieldId(path: string): string {
  return `event-${path.replace(/\./g, "-")}`;
}

export function errorMessageAt(errors: FieldErrors, path: string): string | undefined {
  const error = get(errors, path) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return typeof message === "string" ? message : undefined;
}

/** The error of one field, subscribed to that field only. */
export function useFieldError(path: string): string | undefined {
  const { errors } = useFormState({ name: path as never });
  return errorMessageAt(errors, path);
}

/** id, aria-invalid and aria-describedby for a control whose hint and error sit next to it. */
export function describeField(path: string, error: string | undefined, hasHint = false) {
  const id = fieldId(path);
  const describedBy = [hasHint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return { id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy || undefined } as const;
}

export function FieldHint({ path, children }: { path: string; children: React.ReactNode }) {
  return <p id={`${fieldId(path)}-hint`} className="muted hint">{children}</p>;
}

export function FieldError({ path, error }: { path: string; error: string | undefined }) {
  if (!error) return null;
  return <p id={`${fieldId(path)}-error`} className="field-error">{error}</p>;
}
