import { z } from "zod";
import type { ParamError, SearchParamsInput } from "@/lib/filters/event-filter";
import { parseUrlParams, urlParam, wholeNumber } from "@/lib/http/url-params";

/** Where a page of the trash starts: after this deletion, in its order (newest deletion first, then highest id). */
export interface TrashCursor {
  deletedAt: Date;
  id: number;
}

export interface TrashParams {
  before: TrashCursor | null;
  /** The event just restored or purged from the page, for its notice. */
  restored: number | null;
  purged: number | null;
}

/** Event ids are 32-bit integers on PostgreSQL: a larger one is an error to report, not a query to fail. */
const MAX_ID = 2_147_483_647;
const eventId = wholeNumber(1, MAX_ID, `must be an event id: a whole number from 1 to ${MAX_ID}.`);
const CURSOR_MESSAGE = "must be a position in the trash, as its “Older” link writes it.";

/** "<ms since the epoch>-<id>": both halves of the keyset, so a page link holds even after its first event leaves the trash. */
const cursorParam = z
  .string()
  .regex(/^\d{1,15}-[1-9]\d{0,9}$/, CURSOR_MESSAGE)
  .transform((text) => {
    const [ms, id] = text.split("-").map(Number) as [number, number];
    return { deletedAt: new Date(ms), id };
  })
  .refine((cursor) => cursor.id <= MAX_ID, CURSOR_MESSAGE);

const TRASH_PARAMS = {
  before: urlParam<TrashCursor | null>(cursorParam, null),
  restored: urlParam<number | null>(eventId, null),
  purged: urlParam<number | null>(eventId, null),
};

export function parseTrashParams(input: SearchParamsInput): { value: TrashParams; errors: ParamError[] } {
  return parseUrlParams(input, TRASH_PARAMS, { only: true });
}

export function formatTrashCursor(cursor: TrashCursor): string {
  return `${cursor.deletedAt.getTime()}-${cursor.id}`;
}
