import type { z } from "zod";
import { actionError, type ActionResult, type FieldErrors } from "../action-result";

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "form";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** Parses untrusted input with the shared schema; failures become invalid_input with field paths. */
export function parseEventInput<S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | ActionResult<never> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return actionError("invalid_input", "Some fields need attention.", toFieldErrors(parsed.error));
}
