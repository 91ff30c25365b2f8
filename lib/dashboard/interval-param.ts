import { BUCKET_INTERVALS, type BucketInterval } from "@/lib/charts/bucket-keys";
import { toParamRecord, type ParamError, type SearchParamsInput } from "@/lib/filters/event-filter";

export const INTERVAL_PARAM = "interval";

/** The dashboard's own URL parameter: month | quarter | year, or absent for automatic. */
export function parseIntervalParam(input: SearchParamsInput): { ok: true; value: BucketInterval | undefined } | { ok: false; errors: ParamError[] } {
  const values = toParamRecord(input)[INTERVAL_PARAM] ?? [];
  if (values.length === 0 || (values.length === 1 && values[0] === "")) return { ok: true, value: undefined };
  if (values.length > 1) {
    return { ok: false, errors: [{ param: INTERVAL_PARAM, message: `“${INTERVAL_PARAM}” is given ${values.length} times; give it once.` }] };
  }
  const value = values[0]!;
  if ((BUCKET_INTERVALS as readonly string[]).includes(value)) return { ok: true, value: value as BucketInterval };
  return { ok: false, errors: [{ param: INTERVAL_PARAM, message: `“${INTERVAL_PARAM}” must be one of ${BUCKET_INTERVALS.join(", ")}.` }] };
}
