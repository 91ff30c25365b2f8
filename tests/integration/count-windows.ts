const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * Timeline windows from decades to hours, aligned to years, months and days and not, plus one long before any
 * synthetic event: counting them reads every grain of the count tables, both edges and the day pieces. The late
 * window (most synthetic events start before it) has both edges counted as all time less what lies after.
 */
export const COUNT_WINDOWS = [
  { start: day("1990-01-01"), end: day("2030-01-01") },
  { start: day("2003-03-17") + 5 * 3_600_000, end: day("2007-11-02") + 7 * 3_600_000 },
  { start: day("2005-01-01"), end: day("2006-01-01") },
  { start: day("2005-06-09"), end: day("2005-08-21") },
  { start: day("2005-06-09") + 3 * 3_600_000, end: day("2005-06-12") },
  { start: day("2007-03-10"), end: day("2008-09-20") },
  { start: day("1200-01-01"), end: day("1700-01-01") },
];
