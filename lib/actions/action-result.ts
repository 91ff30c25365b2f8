/**
 * What every mutation returns. The form maps fieldErrors onto its fields (paths like "sources.0.url");
 * API routes map `code` onto an HTTP status with httpStatusFor.
 */
export const ACTION_ERROR_CODES = [
  "unauthenticated",
  "forbidden",
  "invalid_input",
  "not_found",
  "conflict",
] as const;
export type ActionErrorCode = (typeof ACTION_ERROR_CODES)[number];

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: ActionErrorCode; message: string; fieldErrors?: FieldErrors; /** On a conflict: the record as it now stands. */ current?: T };

export function actionError(code: ActionErrorCode, message: string, fieldErrors?: FieldErrors): ActionResult<never> {
  return fieldErrors ? { ok: false, code, message, fieldErrors } : { ok: false, code, message };
}

export const HTTP_STATUS: Record<ActionErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid_input: 400,
  not_found: 404,
  conflict: 409,
};
