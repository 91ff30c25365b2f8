"use client";

import { useWatch } from "react-hook-form";
import { checkEventDate } from "@/lib/dates/event-date";
import { webAddress } from "@/lib/import/web-address";
import type { DuplicateEvent } from "@/lib/queries/duplicates/find-duplicate-events";
import { readEventDate, type EventFormInput } from "@/lib/schemas/event-input";
import { useSearchAsYouType } from "@/components/search-as-you-type/use-search-as-you-type";

type DateInputs = Pick<EventFormInput, "start" | "end" | "approximate" | "timeZone">;

/**
 * The query of GET /api/v1/events/duplicates for what the form holds: "" while there is nothing to compare (no
 * title, no source address). A date goes only once it is complete and possible, so that half-typed dates ask
 * nothing the route would refuse; the title is then still compared by address alone.
 */
export function duplicateQuery(title: string, date: DateInputs, sourceUrls: string[], excludeId?: number): string {
  const params = new URLSearchParams();
  if (title.trim()) params.set("title", title.trim());
  for (const url of new Set(sourceUrls.flatMap((url) => webAddress(url) ?? []))) params.append("urls", url);
  if (!params.size) return "";
  const start = { precision: date.start.precision, value: date.start.value?.trim() ?? "" };
  const end = { precision: date.end?.precision ?? "none", value: date.end?.value?.trim() ?? "" };
  const parsed = readEventDate({ start, end, approximate: date.approximate ?? false, timeZone: date.timeZone ?? "" });
  if (parsed && !checkEventDate(parsed)) {
    params.set("startPrecision", start.precision);
    if (start.value) params.set("start", start.value);
    params.set("endPrecision", end.precision);
    if (end.value) params.set("end", end.value);
    if (date.approximate) params.set("approximate", "true");
    if (parsed.timeZone) params.set("timeZone", parsed.timeZone);
  }
  if (excludeId) params.set("exclude", String(excludeId));
  return params.toString();
}

/** The likely duplicates of the event the form describes, asked once typing pauses; the last answer stays meanwhile. */
export function useDuplicateCheck(excludeId?: number): DuplicateEvent[] {
  const [title, start, end, approximate, timeZone, sources] = useWatch<EventFormInput, ["title", "start", "end", "approximate", "timeZone", "sources"]>({
    name: ["title", "start", "end", "approximate", "timeZone", "sources"],
  });
  const query = duplicateQuery(title ?? "", { start, end, approximate, timeZone }, (sources ?? []).map((source) => source?.url ?? ""), excludeId);
  const check = useSearchAsYouType<{ data: DuplicateEvent[] }>(query, (q) => `/api/v1/events/duplicates?${q}`);
  if (check.status === "done") return check.body.data;
  if (check.status === "loading") return check.previous?.data ?? [];
  return [];
}
