import type { z } from "zod";
import { actionError, type ActionResult, type FieldErrors } from "./action-result";

/** zod issues by field path ("sources.0.url"; "form" for the whole input), as forms and API bodies show them. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
  return fieldErrors;
}

/** Parses untrusted input with a shared schema; a failure is invalid_input with `message` and the field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, message: string): { ok: true; data: z.output<S> } | ActionResult<never> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, data: parsed.data };
  return actionError("invalid_input", message, toFieldErrors(parsed.error));
}
