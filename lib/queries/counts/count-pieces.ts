/**
 * The pre-aggregated table event_counts (migration 20261124150000_event_counts) counts events per UTC
 * day, month and year. A range of days is read as the fewest rows that tile it exactly: whole years in
 * the middle, whole months around them, single days at the ends.
 */

export const DAY_MS = 86_400_000;

// Event bounds are whole UTC days. Start rows hold the first day (earliest < ms ⟺ first day < ceil(ms / day)),
// end rows the last day, the one before the exclusive latest (latest ≤ ms ⟺ last day < floor(ms / day)).
/** The days whose events start before the instant ms. */
export const daysBefore = (ms: number) => Math.ceil(ms / DAY_MS);
/** The days whose events end at or before the instant ms (by their last day). */
export const daysUpTo = (ms: number) => Math.floor(ms / DAY_MS);
/** The period every grain gives an unknown start (DATE_MIN) and an ongoing end (DATE_MAX). */
export const UNKNOWN_PERIOD = -100_000_000;
export const ONGOING_PERIOD = 100_000_000;

/** 0 day, 1 month, 2 year; 3 is all time (period 0), read only as a whole. */
export type Grain = 0 | 1 | 2 | 3;
export const DAY_GRAIN: Grain = 0;
export const MONTH_GRAIN: Grain = 1;
export const YEAR_GRAIN: Grain = 2;

/** Rows of one grain with period in [from, to). */
export interface CountPiece {
  grain: Grain;
  from: number;
  to: number;
}

/** The all-time rows (grain 3, period 0) of both count tables. */
export const ALL_TIME_PIECE: CountPiece = { grain: 3, from: 0, to: 1 };

function utcDay(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 1);
  return Math.round(date.getTime() / DAY_MS);
}

function civil(day: number): { year: number; month: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() };
}

export const monthIndexOfDay = (day: number) => { const { year, month } = civil(day); return year * 12 + month; };
export const yearOfDay = (day: number) => civil(day).year;
export const dayOfMonthIndex = (index: number) => utcDay(Math.floor(index / 12), ((index % 12) + 12) % 12);
export const dayOfYear = (year: number) => utcDay(year, 0);

/** The first day of the period, or of the event's bound for the sentinel periods. */
export function periodStartDay(grain: Grain, period: number): number {
  if (period <= UNKNOWN_PERIOD || period >= ONGOING_PERIOD) return period;
  return grain === DAY_GRAIN ? period : grain === MONTH_GRAIN ? dayOfMonthIndex(period) : dayOfYear(period);
}

function monthPieces(start: number, end: number): CountPiece[] {
  if (start >= end) return [];
  const firstMonth = monthIndexOfDay(start) + (dayOfMonthIndex(monthIndexOfDay(start)) === start ? 0 : 1);
  const lastMonth = monthIndexOfDay(end);
  if (firstMonth >= lastMonth) return [{ grain: DAY_GRAIN, from: start, to: end }];
  const pieces: CountPiece[] = [];
  const monthsStart = dayOfMonthIndex(firstMonth);
  const monthsEnd = dayOfMonthIndex(lastMonth);
  if (start < monthsStart) pieces.push({ grain: DAY_GRAIN, from: start, to: monthsStart });
  pieces.push({ grain: MONTH_GRAIN, from: firstMonth, to: lastMonth });
  if (monthsEnd < end) pieces.push({ grain: DAY_GRAIN, from: monthsEnd, to: end });
  return pieces;
}

/**
 * The pieces covering days [start, end); null means unbounded on that side and then includes the
 * sentinel periods (unknown starts below, ongoing ends above). `coarsest` caps the grain, for callers
 * that label rows by month and must not receive a whole year in one row.
 */
export function countPieces(start: number | null, end: number | null, coarsest: Grain = YEAR_GRAIN): CountPiece[] {
  if (start !== null && end !== null && start >= end) return [];
  if (coarsest === DAY_GRAIN) return [{ grain: DAY_GRAIN, from: start ?? UNKNOWN_PERIOD, to: end ?? ONGOING_PERIOD + 1 }];
  const big = coarsest === YEAR_GRAIN ? YEAR_GRAIN : MONTH_GRAIN;
  const unitOf = big === YEAR_GRAIN ? yearOfDay : monthIndexOfDay;
  const dayOfUnit = big === YEAR_GRAIN ? dayOfYear : dayOfMonthIndex;
  const firstUnit = start === null ? UNKNOWN_PERIOD : unitOf(start) + (dayOfUnit(unitOf(start)) === start ? 0 : 1);
  const lastUnit = end === null ? ONGOING_PERIOD + 1 : unitOf(end);
  if (firstUnit >= lastUnit) {
    // No whole unit inside: both bounds are finite here.
    return big === YEAR_GRAIN ? monthPieces(start!, end!) : [{ grain: DAY_GRAIN, from: start!, to: end! }];
  }
  const pieces: CountPiece[] = [];
  const inner = (from: number, to: number) => (big === YEAR_GRAIN ? monthPieces(from, to) : from < to ? [{ grain: DAY_GRAIN, from, to }] : []);
  if (start !== null) pieces.push(...inner(start, dayOfUnit(firstUnit)));
  pieces.push({ grain: big, from: firstUnit, to: lastUnit });
  if (end !== null) pieces.push(...inner(dayOfUnit(lastUnit), end));
  return pieces;
}
