import { parseAsString, parseAsStringLiteral } from "nuqs";
import { LANE_GROUPINGS } from "@/lib/timeline/timeline-params";

/** Client parsers for the timeline's own URL keys (TIMELINE_KEYS); the filter keys belong to the FilterBar. */
export const timelineUrlParsers = {
  lanes: parseAsStringLiteral(LANE_GROUPINGS),
  start: parseAsString,
  end: parseAsString,
  /** Comma-separated lane keys, read with parseLaneKeys. */
  lane_order: parseAsString,
  hidden: parseAsString,
};
