import { z } from "zod";
import { checkEventDate, eventDateBounds, hasTimeOfDay, parseBoundAtPrecision, END_PRECISIONS, START_PRECISIONS, type DateBounds, type EndPrecision, type EventDate, type StartPrecision } from "@/lib/dates/event-date";
import { parsePartialDate, type PartialDate } from "@/lib/dates/partial-date";
import { canonicalTimeZone } from "@/lib/dates/time-zone";
import type { ParamError } from "@/lib/filters/event-filter";
import { eventIdParam, oneOf, parseUrlParams, urlParam, type ParsedParams } from "@/lib/http/url-params";
import { webAddress } from "@/lib/import/web-address";
import { EVENT_LIMITS } from "@/lib/schemas/event-input";
import { isUsableText, UNUSABLE_TEXT_PROBLEM } from "@/lib/schemas/text-field";
import type { DuplicateProbe } from "./find-duplicate-events";

const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters.`).refine(isUsableText, UNUSABLE_TEXT_PROBLEM);

const DUPLICATE_PARAMS = {
  title: urlParam(text(EVENT_LIMITS.title), ""),
  start: urlParam(text(EVENT_LIMITS.dateValue), ""),
  startPrecision: urlParam<StartPrecision | null>(oneOf(START_PRECISIONS), null),
  end: urlParam(text(EVENT_LIMITS.dateValue), ""),
  endPrecision: urlParam<EndPrecision | null>(oneOf(END_PRECISIONS), null),
  timeZone: urlParam(text(64), ""),
  approximate: urlParam(oneOf(["true", "false"]), "false"),
  exclude: urlParam<number | null>(eventIdParam, null),
};

/** `urls` is the one parameter given once per address, so parseUrlParams (one value each) does not read it. */
const URLS = "urls";

/**
 * The query of GET /api/v1/events/duplicates: the form's title, date (as the form holds it: each bound's value and
 * precision, the zone, circa), source addresses and the event being edited. A date that is absent or has no known
 * bound leaves the title unmatched; a bad one is an error naming its parameter, like any other.
 */
export function parseDuplicateParams(params: URLSearchParams): ParsedParams<DuplicateProbe> {
  const others = new URLSearchParams(params);
  others.delete(URLS);
  const { value, errors } = parseUrlParams(others, DUPLICATE_PARAMS, { only: true });
  const urls = readUrls(params.getAll(URLS), errors);
  const period = readPeriod(value, errors);
  return { value: { title: value.title, period, urls, exclude: value.exclude }, errors };
}

function readUrls(given: string[], errors: ParamError[]): string[] {
  if (given.length > EVENT_LIMITS.sources) errors.push({ param: URLS, message: `“${URLS}” is given ${given.length} times; give at most ${EVENT_LIMITS.sources}.` });
  const urls: string[] = [];
  for (const text of given.slice(0, EVENT_LIMITS.sources)) {
    const url = text.length <= EVENT_LIMITS.url ? webAddress(text) : null;
    if (url) urls.push(url);
    else errors.push({ param: URLS, message: `“${URLS}” must be full web addresses starting with http:// or https://, at most ${EVENT_LIMITS.url} characters.` });
  }
  return [...new Set(urls)];
}

type DateParams = Pick<typeof DUPLICATE_PARAMS, "start" | "startPrecision" | "end" | "endPrecision" | "timeZone" | "approximate">;
type DateValues = { [K in keyof DateParams]: DateParams[K]["fallback"] };

function readPeriod(value: DateValues, errors: ParamError[]): DateBounds | null {
  const start = value.startPrecision === "unknown" ? null : readBound("start", value.start, value.startPrecision, errors);
  const end = value.endPrecision === "ongoing" ? ("ongoing" as const) : value.endPrecision === "none" ? null : readBound("end", value.end, value.endPrecision, errors);
  const timeZone = value.timeZone ? canonicalTimeZone(value.timeZone) : null;
  if (value.timeZone && !timeZone) errors.push({ param: "timeZone", message: `“timeZone” must be a time zone like Asia/Kuala_Lumpur or UTC.` });
  if (start === undefined || end === undefined || (value.timeZone && !timeZone)) return null;
  // Without a known bound the date could be any time, which says nothing about which event this is.
  if (!start && (end === null || end === "ongoing")) return null;
  const date: EventDate = { start, end, approximate: value.approximate === "true", timeZone };
  if (hasTimeOfDay(date) && !timeZone) {
    errors.push({ param: "timeZone", message: "“timeZone” is needed with a time of day, like Asia/Kuala_Lumpur or UTC." });
    return null;
  }
  const problem = checkEventDate(date);
  if (problem) {
    errors.push({ param: problem.field, message: `“${problem.field}”: ${problem.message}` });
    return null;
  }
  return eventDateBounds(date);
}

/** A bound typed at its precision, or read at the precision it is written in when none is given; null when empty. */
function readBound(param: "start" | "end", text: string, precision: string | null, errors: ParamError[]): PartialDate | null | undefined {
  if (!text) return null;
  const parsed = precision ? parseBoundAtPrecision(text, precision as PartialDate["precision"]) : parsePartialDate(text);
  if (parsed.ok) return parsed.value;
  errors.push({ param, message: `“${param}” ${parsed.message}` });
  return undefined;
}
