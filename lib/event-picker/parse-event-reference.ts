import { MAX_ID } from "@/lib/http/url-params";
import { SLUG_PATTERN } from "@/lib/schemas/event-input";

/** An event named outright rather than described: by its id or by its slug. */
export type EventReference = { id: number } | { slug: string } | null;

const EVENT_ADDRESS = /\/events\/([^/?#]+)(?:\/edit)?\/?(?:[?#].*)?$/;

/**
 * What a typed text names directly, if anything: an id ("9", "#9"), a slug ("xi-state-visit-2025"), or the
 * address of an event's page or edit page (pasted from the browser). Anything else is only searched as text.
 */
export function parseEventReference(text: string): EventReference {
  const trimmed = text.trim();
  const fromAddress = trimmed.match(EVENT_ADDRESS)?.[1];
  const candidate = (fromAddress ? decodeSegment(fromAddress) : trimmed).replace(/^#/, "").toLowerCase();
  if (/^[1-9]\d{0,9}$/.test(candidate) && Number(candidate) <= MAX_ID) return { id: Number(candidate) };
  if (SLUG_PATTERN.test(candidate)) return { slug: candidate };
  return null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
