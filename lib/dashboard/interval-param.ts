import { BUCKET_INTERVALS, type BucketInterval } from "@/lib/charts/bucket-keys";
import type { SearchParamsInput } from "@/lib/filters/event-filter";
import { oneOf, parseUrlParams, urlParam, type ParsedParams } from "@/lib/http/url-params";

export const INTERVAL_PARAM = "interval";

/** The dashboard's own URL parameter: month | quarter | year, or absent for automatic. */
export function parseIntervalParam(input: SearchParamsInput): ParsedParams<BucketInterval | undefined> {
  const { value, errors } = parseUrlParams(input, { [INTERVAL_PARAM]: urlParam<BucketInterval | undefined>(oneOf(BUCKET_INTERVALS), undefined) });
  return { value: value[INTERVAL_PARAM], errors };
}
