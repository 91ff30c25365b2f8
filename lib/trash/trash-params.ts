import { z } from "zod";
import type { ParamError, SearchParamsInput } from "@/lib/filters/event-filter";
import { eventIdParam, MAX_ID, parseUrlParams, urlParam } from "@/lib/http/url-params";

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
  restored: urlParam<number | null>(eventIdParam, null),
  purged: urlParam<number | null>(eventIdParam, null),
};

export function parseTrashParams(input: SearchParamsInput): { value: TrashParams; errors: ParamError[] } {
  return parseUrlParams(input, TRASH_PARAMS, { only: true });
}

export function formatTrashCursor(cursor: TrashCursor): string {
  return `${cursor.deletedAt.getTime()}-${cursor.id}`;
}
