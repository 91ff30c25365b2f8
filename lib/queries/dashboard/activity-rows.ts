/** What the activity chart is built from, whichever way it was counted. */
export interface ActivityOverview {
  /** Matching events. */
  total: number;
  unknownStart: number;
  unknownOngoing: number;
  /** Matching events placed in a bucket (see chartedSql). */
  charted: number;
  firstMs: number | null;
  lastMs: number | null;
}

/** One bucket: its distinct events, those with no topic, and those with a topic outside the top ones. */
export interface ActivityBucketRow {
  bucket: string;
  n: number;
  noTopic: number;
  other: number;
}

export interface ActivityCellRow {
  bucket: string;
  slug: string;
  n: number;
}
