import type { ParamError, SearchParamsInput } from "@/lib/filters/event-filter";
import { toParamRecord } from "@/lib/filters/event-filter";
import type { ParsedParams } from "@/lib/http/url-params";

/** The URL keys of /compare: a filter query and a label per track, plus the timeline window. */
export const TRACK_NAMES = ["a", "b", "c"] as const;
export const COMPARE_KEYS = [...TRACK_NAMES, ...TRACK_NAMES.map((name) => `${name}_label`), "start", "end"];

export interface TrackParam {
  name: string;
  label: string;
  /** The track's filter as a URL query ("country=FR&topic=trade"), read by the shared filter. */
  query: string;
}

export const EXAMPLE_COMPARE_HREF = `/compare?${new URLSearchParams({ a: "country=FR", a_label: "Malaysia–France", b: "country=CN", b_label: "Malaysia–China" })}`;

/** Reads the tracks named in the URL; two or three are needed. Unknown keys are reported. */
export function parseCompareTracks(input: SearchParamsInput): ParsedParams<TrackParam[]> {
  const params = toParamRecord(input);
  const errors: ParamError[] = [];
  for (const key of Object.keys(params)) {
    if (!COMPARE_KEYS.includes(key)) errors.push({ param: key, message: `“${key}” is not a comparison setting; use a, b (and c) with a_label, b_label, start and end.` });
  }
  const tracks: TrackParam[] = [];
  for (const name of TRACK_NAMES) {
    const query = params[name]?.[0]?.trim();
    if (!query) continue;
    const label = params[`${name}_label`]?.[0]?.trim().slice(0, 80) || `Track ${name.toUpperCase()}`;
    tracks.push({ name, label, query: query.replace(/^\?/, "") });
  }
  if (tracks.length === 1) errors.push({ param: tracks[0]!.name, message: "Give a second track to compare with (b=…)." });
  return { value: tracks, errors };
}
