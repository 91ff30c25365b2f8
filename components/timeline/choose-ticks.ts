import { utcDay, utcHour, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from "d3-time";
import { countedYear, formatYear, MONTH_NAMES } from "@/lib/dates/partial-date";
import type { TimelineWindow } from "@/lib/timeline/window-math";

export type TickUnit = "hour" | "day" | "month" | "year";

export interface Tick {
  time: number;
  label: string;
  /** Starts a larger period (a year among months, a month among days, a decade among years): drawn stronger. */
  major: boolean;
}

interface TickStep {
  unit: TickUnit;
  interval: CountableTimeInterval;
  step: number;
  approxMs: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;
const STEPS: TickStep[] = [
  // Events carry no times yet; hour ticks show how a day event fills its whole day.
  ...[1, 3, 6, 12].map((step) => ({ unit: "hour" as const, interval: utcHour, step, approxMs: step * HOUR })),
  { unit: "day", interval: utcDay, step: 1, approxMs: DAY },
  // Weeks rather than every n-th day of the month, which would crowd the 29th next to the 1st.
  { unit: "day", interval: utcMonday, step: 1, approxMs: 7 * DAY },
  { unit: "month", interval: utcMonth, step: 1, approxMs: 30.44 * DAY },
  { unit: "month", interval: utcMonth, step: 3, approxMs: 91.3 * DAY },
  { unit: "month", interval: utcMonth, step: 6, approxMs: 182.6 * DAY },
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({ unit: "year" as const, interval: utcYear, step, approxMs: step * 365.24 * DAY })),
];

const shortMonth = (date: Date) => MONTH_NAMES[date.getUTCMonth()]!.slice(0, 3);

function label(date: Date, unit: TickUnit, first: boolean): string {
  if (unit === "year") return formatYear(date.getUTCFullYear());
  if (unit === "hour") {
    return date.getUTCHours() === 0 || first ? `${date.getUTCDate()} ${shortMonth(date)} ${String(date.getUTCHours()).padStart(2, "0")}:00` : `${String(date.getUTCHours()).padStart(2, "0")}:00`;
  }
  if (unit === "month") {
    return date.getUTCMonth() === 0 || first ? `${shortMonth(date)} ${formatYear(date.getUTCFullYear())}` : shortMonth(date);
  }
  return `${date.getUTCDate()} ${shortMonth(date)}`;
}

function isMajor(date: Date, unit: TickUnit): boolean {
  if (unit === "year") return countedYear(date.getUTCFullYear()) % 10 === 0;
  if (unit === "month") return date.getUTCMonth() === 0;
  if (unit === "hour") return date.getUTCHours() === 0;
  return date.getUTCDate() === 1;
}

/**
 * Ticks for the axis: the finest calendar step (hours → days → weeks → months → quarters → years → decades)
 * that leaves at least `minSpacing` pixels between labels.
 */
export function chooseTicks(window: TimelineWindow, width: number, minSpacing = 72): { unit: TickUnit; step: number; ticks: Tick[] } {
  const span = window.end - window.start;
  const choice = STEPS.find((s) => (span / s.approxMs) * minSpacing <= width) ?? STEPS[STEPS.length - 1]!;
  // Steps align to calendar multiples (every 10th year, every 3rd month), so ticks stay put while panning; years as
  // readers count them, so that BCE ticks fall on 500 BCE rather than 501 BCE.
  const interval = choice.step === 1 ? choice.interval : (choice.interval.every(choice.step) ?? choice.interval);
  const dates = choice.unit === "year" && choice.step > 1
    ? utcYear.range(new Date(window.start), new Date(window.end)).filter((date) => countedYear(date.getUTCFullYear()) % choice.step === 0)
    : interval.range(new Date(window.start), new Date(window.end));
  return {
    unit: choice.unit,
    step: choice.step,
    ticks: dates.map((date, index) => ({ time: date.getTime(), label: label(date, choice.unit, index === 0), major: isMajor(date, choice.unit) })),
  };
}
