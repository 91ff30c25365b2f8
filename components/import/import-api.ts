import type { ImportCommitResult } from "@/lib/actions/import/commit-import";
import type { ImportPreview } from "@/lib/actions/import/prepare-import";
import type { ImportUndoResult } from "@/lib/actions/import/undo-import";
import type { ColumnMapping } from "@/lib/import/csv/column-mapping";
import { UPLOAD_TOO_LARGE_MESSAGE } from "@/lib/import/import-limits";
import type { CellError } from "@/lib/import/import-row";

export type { CellError, ColumnMapping, ImportCommitResult, ImportPreview, ImportUndoResult };

/** What the editor chose besides the file, as the last preview was read with: the commit must send the same. */
export interface ImportChoices {
  mapping: ColumnMapping | null;
  timeZone: string;
}

export interface SavedMapping {
  id: number;
  name: string;
  mapping: ColumnMapping;
}

/** The API's error body: `{ error: { code, message, errors? } }`. */
export interface ApiFailure {
  code: string;
  message: string;
  errors?: CellError[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** `?fileName=…[&mapping=…][&timeZone=…]` for the preview or the import itself. */
export function importUrl(path: "/api/v1/imports/preview" | "/api/v1/imports", fileName: string, choices: ImportChoices): string {
  const params = new URLSearchParams({ fileName });
  if (choices.mapping) params.set("mapping", JSON.stringify(choices.mapping));
  if (choices.timeZone.trim()) params.set("timeZone", choices.timeZone.trim());
  return `${path}?${params}`;
}

/** The `data` of a successful answer; the caller knows its shape from the route it asked. */
export function readData<T>(body: unknown): T | null {
  return isRecord(body) && "data" in body ? (body.data as T) : null;
}

/** The error of a refused answer, or a message for one that is not the API's JSON (a proxy's page, an empty body). */
export function readFailure(status: number, body: unknown): ApiFailure {
  const error = isRecord(body) ? body.error : null;
  if (isRecord(error) && typeof error.message === "string") {
    const errors = Array.isArray(error.errors) ? (error.errors as CellError[]) : undefined;
    const fieldMessages = isRecord(error.fieldErrors) ? Object.values(error.fieldErrors).flat().filter((text): text is string => typeof text === "string") : [];
    const message = [error.message, ...fieldMessages].join(" ");
    return { code: typeof error.code === "string" ? error.code : "error", message, ...(errors && { errors }) };
  }
  if (status === 413) return { code: "payload_too_large", message: UPLOAD_TOO_LARGE_MESSAGE };
  return { code: "error", message: `The server answered ${status || "nothing"}; try again in a moment.` };
}

/** A JSON request to the API (saved mappings, undo), answered as data or a failure. */
export async function requestJson<T>(url: string, init?: { method: "POST"; body?: unknown }): Promise<{ ok: true; data: T } | { ok: false; failure: ApiFailure }> {
  let response: Response;
  try {
    response = await fetch(url, init ? { method: init.method, headers: { "content-type": "application/json" }, body: JSON.stringify(init.body ?? {}) } : undefined);
  } catch {
    return { ok: false, failure: { code: "network", message: "Chronicle could not be reached; check the connection and try again." } };
  }
  const body: unknown = await response.json().catch(() => null);
  const data = response.ok ? readData<T>(body) : null;
  return data !== null ? { ok: true, data } : { ok: false, failure: readFailure(response.status, body) };
}
