import type { FieldErrors } from "../action-result";

/** zod issues → { "name": ["…"], "query": ["…", "…"] } for forms and API bodies. */
export function flattenIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) (errors[issue.path.map(String).join(".") || "form"] ??= []).push(issue.message);
  return errors;
}
