import { z } from "zod";
import { MAX_ID } from "@/lib/http/url-params";
import { actionError, type ActionResult } from "../action-result";
import { toFieldErrors } from "../parse-input";

/** A row not seen for this long no longer counts: three heartbeats (every 10 s) missed in a row. */
export const PRESENCE_TTL_MS = 30_000;
/** Rows this old are deleted when a tab starts on their event: no job has to sweep them. */
export const PRESENCE_PRUNE_MS = 10 * 60_000;

const SESSION_KEY_RULE = "16 to 64 letters, digits, “-” or “_”";

const notAnEventId = (issue: { input?: unknown }) =>
  issue.input == null ? `Name the event: ids are whole numbers from 1 to ${MAX_ID}.` : `“${String(issue.input)}” is not an event id; ids are whole numbers from 1 to ${MAX_ID}.`;

const presenceInputSchema = z.object({
  eventId: z.custom<number>((value) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_ID, { error: notAnEventId }),
  sessionKey: z
    .string({ error: `Send the tab's sessionKey: ${SESSION_KEY_RULE}.` })
    .regex(/^[A-Za-z0-9_-]{16,64}$/, { error: `The sessionKey must be ${SESSION_KEY_RULE}.` }),
});

export type PresenceInput = z.output<typeof presenceInputSchema>;

/** The event (a number; the route passes its raw text when that is not an id) and the tab's random key. */
export function parsePresenceInput(eventId: unknown, sessionKey: unknown): { ok: true; data: PresenceInput } | ActionResult<never> {
  const parsed = presenceInputSchema.safeParse({ eventId, sessionKey });
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors = toFieldErrors(parsed.error);
  return actionError("invalid_input", Object.values(fieldErrors).flat().join(" "), fieldErrors);
}
