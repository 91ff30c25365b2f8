import type { EventDate } from "@/lib/dates/event-date";
import type { Era, Season } from "@/lib/dates/partial-date";

/** A time of day given with a date; zone is an IANA name ("Asia/Kuala_Lumpur", "UTC"), null when none was typed. */
export interface TypedTime {
  hour: number;
  minute: number;
  zone: string | null;
}

export interface TypedDateOption {
  date: EventDate;
  /** The time typed with the date, so that choosing a reading does not lose it. */
  time: TypedTime | null;
  label: string;
  description: string;
}

export type TypedDateResult =
  | { kind: "understood"; date: EventDate; time: TypedTime | null; label: string; description: string }
  | { kind: "ambiguous"; message: string; options: TypedDateOption[] }
  | { kind: "error"; message: string };

/** "early July 2025": kept in the label, while the date itself stays the month. */
export type Qualifier = "early" | "mid" | "late";

/** Which way a purely numeric date such as 04/07/2025 was read. */
export type ReadingOrder = "day-first" | "month-first";

/** unreadable: the text is not a form this grammar knows, as opposed to a known form with an impossible value. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string; unreadable?: boolean };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T>(message: string): Outcome<T> => ({ ok: false, message });
export const unreadable = <T>(): Outcome<T> => ({ ok: false, message: "unreadable", unreadable: true });

/** What one side of a date says, before the other side of a range fills in what it leaves out. */
export interface Fragment {
  /** Astronomical: 44 BC is -43. */
  year?: number;
  /** The era the text named for the year, so that "500–400 BC" reads both years before the common era. */
  era?: Era;
  month?: number;
  day?: number;
  quarter?: number;
  season?: Season;
  order?: ReadingOrder;
}

/** One side of a date with its readings (two for 04/07/2025) and the words around it. */
export interface ParsedFragment {
  readings: Fragment[];
  weekday: number | null;
  approximate: boolean;
  qualifier: Qualifier | null;
}

/** A date as read, before it is checked and described. */
export interface Reading {
  date: EventDate;
  qualifier: Qualifier | null;
  order: ReadingOrder | null;
}
