import { describe, expect, it } from "vitest";
import { checkEventDate, formatEventDate, type EventDate } from "@/lib/dates/event-date";
import { SUPPORTED_YEARS_TEXT, type PartialDate, type Season } from "@/lib/dates/partial-date";
import { parseTypedDate, type TypedDateResult } from "./parse-typed-date";

const day = (year: number, month: number, dayOfMonth: number): PartialDate => ({ precision: "day", year, month, day: dayOfMonth });
const month = (year: number, monthOfYear: number): PartialDate => ({ precision: "month", year, month: monthOfYear });
const quarter = (year: number, quarterOfYear: number): PartialDate => ({ precision: "quarter", year, quarter: quarterOfYear });
const season = (year: number, name: Season): PartialDate => ({ precision: "season", year, season: name });
const year = (value: number): PartialDate => ({ precision: "year", year: value });

const single = (start: PartialDate, approximate = false): EventDate => ({ start, end: null, approximate });
const range = (start: PartialDate, end: PartialDate, approximate = false): EventDate => ({ start, end, approximate });
const ongoing = (start: PartialDate, approximate = false): EventDate => ({ start, end: "ongoing", approximate });

function understood(text: string): Extract<TypedDateResult, { kind: "understood" }> {
  const result = parseTypedDate(text);
  if (result.kind !== "understood") throw new Error(`“${text}” was not understood: ${JSON.stringify(result)}`);
  return result;
}

function errorMessage(text: string): string {
  const result = parseTypedDate(text);
  if (result.kind !== "error") throw new Error(`“${text}” did not fail: ${JSON.stringify(result)}`);
  return result.message;
}

function expectDate(text: string, expected: EventDate, label: string) {
  const result = understood(text);
  expect(result.date).toEqual(expected);
  expect(result.date.start?.precision).toBe(expected.start?.precision);
  expect(result.date.end).toEqual(expected.end);
  expect(result.date.approximate).toBe(expected.approximate);
  expect(result.label).toBe(label);
  expect(checkEventDate(result.date)).toBeNull();
  expect(result.time).toBeNull();
}

describe("parseTypedDate: single dates, as precise as the text and no more", () => {
  it.each<[string, EventDate, string]>([
    ["31 May 1974", single(day(1974, 5, 31)), "31 May 1974"],
    ["July 2019", single(month(2019, 7)), "July 2019"],
    ["Jul 2019", single(month(2019, 7)), "July 2019"],
    ["Sept. 2019", single(month(2019, 9)), "September 2019"],
    ["2013", single(year(2013)), "2013"],
    ["summer 2025", single(season(2025, "summer")), "Summer 2025"],
    ["fall 2025", single(season(2025, "autumn")), "Autumn 2025"],
    ["winter 2025", single(season(2025, "winter")), "Winter 2025"],
    ["Q3 2024", single(quarter(2024, 3)), "Q3 2024"],
    ["27th June 2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["June 27th, 2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["June 1st 2025", single(day(2025, 6, 1)), "1 June 2025"],
    ["the 27th of June 2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["AD 79", single(year(79)), "79 CE"],
    ["79 AD", single(year(79)), "79 CE"],
  ])("%s", (text, expected, label) => expectDate(text, expected, label));
});

describe("parseTypedDate: years before the common era, stored astronomically (1 BC is 0, 44 BC is -43)", () => {
  it.each<[string, EventDate, string]>([
    ["44 BC", single(year(-43)), "44 BCE"],
    ["500 BCE", single(year(-499)), "500 BCE"],
    ["1 BC", single(year(0)), "1 BCE"],
    ["15 March 44 BC", single(day(-43, 3, 15)), "15 March 44 BCE"],
    ["March 44 B.C.", single(month(-43, 3)), "March 44 BCE"],
    ["c. 300 b.c.", single(year(-299), true), "c. 300 BCE"],
    ["circa 2560 BCE", single(year(-2559), true), "c. 2560 BCE"],
    ["summer 218 BC", single(season(-217, "summer")), "Summer 218 BCE"],
    ["500–400 BC", range(year(-499), year(-399)), "500 BCE – 400 BCE"],
    ["264 BC – 146 BC", range(year(-263), year(-145)), "264 BCE – 146 BCE"],
    ["44 BC – AD 14", range(year(-43), year(14)), "44 BCE – 14 CE"],
    ["March–April 44 BC", range(month(-43, 3), month(-43, 4)), "March–April 44 BCE"],
    ["27 BC – present", ongoing(year(-26)), "since 27 BCE"],
    ["49–45 BC", range(year(-48), year(-44)), "49 BCE – 45 BCE"],
    ["14–37 AD", range(year(14), year(37)), "14 CE – 37 CE"],
    ["-0043-03-15", single(day(-43, 3, 15)), "15 March 44 BCE"],
    ["-0043", single(year(-43)), "44 BCE"],
  ])("%s", (text, expected, label) => expectDate(text, expected, label));

  it("describes a season that crosses into the next year in BCE years", () => {
    expect(understood("winter 45 BC").description).toBe("Winter 45 BCE (December 45 BCE–February 44 BCE), to the season");
  });
});

describe("parseTypedDate: the canonical forms parsePartialDate reads", () => {
  it.each<[string, EventDate, string]>([
    ["2025-06-27", single(day(2025, 6, 27)), "27 June 2025"],
    ["2019-07", single(month(2019, 7)), "July 2019"],
    ["2025-Q3", single(quarter(2025, 3)), "Q3 2025"],
    ["2025-summer", single(season(2025, "summer")), "Summer 2025"],
    ["2025/06/27", single(day(2025, 6, 27)), "27 June 2025"],
  ])("%s", (text, expected, label) => expectDate(text, expected, label));
});

describe("parseTypedDate: ranges", () => {
  it.each<[string, EventDate, string]>([
    ["June 27–28, 2025", range(day(2025, 6, 27), day(2025, 6, 28)), "27–28 June 2025"],
    ["June 27-28, 2025", range(day(2025, 6, 27), day(2025, 6, 28)), "27–28 June 2025"],
    ["June 27 — 28, 2025", range(day(2025, 6, 27), day(2025, 6, 28)), "27–28 June 2025"],
    ["27–28 June 2025", range(day(2025, 6, 27), day(2025, 6, 28)), "27–28 June 2025"],
    ["27-28/6/2025", range(day(2025, 6, 27), day(2025, 6, 28)), "27–28 June 2025"],
    ["3 to 4 July 2025", range(day(2025, 7, 3), day(2025, 7, 4)), "3–4 July 2025"],
    ["30 June – 2 July 2025", range(day(2025, 6, 30), day(2025, 7, 2)), "30 June – 2 July 2025"],
    ["from 27 June to 3 July 2025", range(day(2025, 6, 27), day(2025, 7, 3)), "27 June – 3 July 2025"],
    ["Dec 2024 – Feb 2025", range(month(2024, 12), month(2025, 2)), "December 2024 – February 2025"],
    ["June 2025 – March 2026", range(month(2025, 6), month(2026, 3)), "June 2025 – March 2026"],
    ["2019–2021", range(year(2019), year(2021)), "2019 – 2021"],
    ["2019-2021", range(year(2019), year(2021)), "2019 – 2021"],
    ["1974 to 1976", range(year(1974), year(1976)), "1974 – 1976"],
    ["1974 until 1976", range(year(1974), year(1976)), "1974 – 1976"],
    ["1974 through 1976", range(year(1974), year(1976)), "1974 – 1976"],
    ["1974 till 1976", range(year(1974), year(1976)), "1974 – 1976"],
    ["1974 — 1976", range(year(1974), year(1976)), "1974 – 1976"],
    ["between 1974 and 1976", range(year(1974), year(1976)), "1974 – 1976"],
    ["2019 – June 2021", range(year(2019), month(2021, 6)), "2019 – June 2021"],
    ["Q1–Q3 2025", range(quarter(2025, 1), quarter(2025, 3)), "Q1 2025 – Q3 2025"],
    ["Summer–Autumn 2025", range(season(2025, "summer"), season(2025, "autumn")), "Summer 2025 – Autumn 2025"],
    ["2025-06-27 – 2025-06-30", range(day(2025, 6, 27), day(2025, 6, 30)), "27–30 June 2025"],
    ["27/6 – 2/7/2025", range(day(2025, 6, 27), day(2025, 7, 2)), "27 June – 2 July 2025"],
    ["c. 1850 – 1900", range(year(1850), year(1900), true), "c. 1850 – 1900"],
  ])("%s", (text, expected, label) => expectDate(text, expected, label));
});

describe("parseTypedDate: ongoing and open dates", () => {
  it.each<[string, EventDate, string]>([
    ["since 2023", ongoing(year(2023)), "since 2023"],
    ["2023 – present", ongoing(year(2023)), "since 2023"],
    ["2023–ongoing", ongoing(year(2023)), "since 2023"],
    ["2023 to date", ongoing(year(2023)), "since 2023"],
    ["27 June 2025 – the present", ongoing(day(2025, 6, 27)), "since 27 June 2025"],
    ["from May 2024", ongoing(month(2024, 5)), "since May 2024"],
    ["since c. 1850", ongoing(year(1850), true), "since c. 1850"],
    ["until 2025", { start: null, end: year(2025), approximate: false }, "until 2025"],
  ])("%s", (text, expected, label) => expectDate(text, expected, label));
});

describe("parseTypedDate: circa and early / mid / late", () => {
  it.each<[string, EventDate, string]>([
    ["circa 1974", single(year(1974), true), "c. 1974"],
    ["c. 1850", single(year(1850), true), "c. 1850"],
    ["c.1850", single(year(1850), true), "c. 1850"],
    ["ca. 1850", single(year(1850), true), "c. 1850"],
    ["approximately 1850", single(year(1850), true), "c. 1850"],
    ["~1850", single(year(1850), true), "c. 1850"],
    ["circa June 1850", single(month(1850, 6), true), "c. June 1850"],
    ["early July 2025", single(month(2025, 7)), "early July 2025"],
    ["mid July 2025", single(month(2025, 7)), "mid-July 2025"],
    ["mid-July 2025", single(month(2025, 7)), "mid-July 2025"],
    ["late July 2025", single(month(2025, 7)), "late July 2025"],
    ["mid-2025", single(year(2025)), "mid-2025"],
    ["late summer 2025", single(season(2025, "summer")), "late summer 2025"],
    ["since early 2023", ongoing(year(2023)), "since early 2023"],
  ])("%s", (text, expected, label) => expectDate(text, expected, label));
});

describe("parseTypedDate: weekdays are checked, then set aside", () => {
  it.each<[string, EventDate, string]>([
    ["Friday, 27 June 2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["Fri 27 June 2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["Monday 30 June – Wednesday 2 July 2025", range(day(2025, 6, 30), day(2025, 7, 2)), "30 June – 2 July 2025"],
    // Only 4 July 2025 is a Friday, so the weekday settles which way 04/07 was meant.
    ["Friday 04/07/2025", single(day(2025, 7, 4)), "4 July 2025"],
  ])("%s", (text, expected, label) => expectDate(text, expected, label));

  it.each([
    ["Thursday, 27 June 2025", "27 June 2025 is a Friday, not a Thursday."],
    ["Friday, July 2025", "Friday names a single day, but July 2025 is a whole month."],
  ])("%s is an error", (text, message) => expect(errorMessage(text)).toBe(message));
});

describe("parseTypedDate: times", () => {
  it.each([
    ["15 April 2025 10:30 Asia/Kuala_Lumpur", day(2025, 4, 15), { hour: 10, minute: 30, zone: "Asia/Kuala_Lumpur" }],
    ["15 April 2025, 10:30", day(2025, 4, 15), { hour: 10, minute: 30, zone: null }],
    ["15 April 2025 at 10:30", day(2025, 4, 15), { hour: 10, minute: 30, zone: null }],
    ["27 June 2025 10:30 asia/kuala_lumpur", day(2025, 6, 27), { hour: 10, minute: 30, zone: "Asia/Kuala_Lumpur" }],
    ["2025-06-27 10:30 UTC", day(2025, 6, 27), { hour: 10, minute: 30, zone: "UTC" }],
    ["2025-06-27T10:30Z", day(2025, 6, 27), { hour: 10, minute: 30, zone: "UTC" }],
    ["1 June 2025 12:30 am", day(2025, 6, 1), { hour: 0, minute: 30, zone: null }],
    ["1 June 2025 10:30 p.m. (Europe/London)", day(2025, 6, 1), { hour: 22, minute: 30, zone: "Europe/London" }],
  ])("%s", (text, start, time) => {
    const result = understood(text);
    expect(result.date).toEqual(single(start));
    expect(result.date.start?.precision).toBe("day");
    expect(result.time).toEqual(time);
    expect(result.label).toBe(formatEventDate(single(start)));
  });

  it("describes the time with its zone, or says none was given", () => {
    expect(understood("15 April 2025 10:30 Asia/Kuala_Lumpur").description).toBe(
      "15 April 2025, to the day, at 10:30 Asia/Kuala_Lumpur",
    );
    expect(understood("15 April 2025, 9:05").description).toBe("15 April 2025, to the day, at 09:05 (no time zone given)");
    expect(understood("15 April 2025 10:30 Asia/Kuala_Lumpur").label).toBe("15 April 2025");
  });
});

describe("parseTypedDate: descriptions say how the date was understood", () => {
  it.each([
    ["June 27–28, 2025", "From 27 June 2025 to 28 June 2025, to the day"],
    ["July 2019", "July 2019, to the month"],
    ["summer 2025", "Summer 2025 (June–August), to the season"],
    ["winter 2025", "Winter 2025 (December 2025–February 2026), to the season"],
    ["Q3 2024", "Q3 2024 (July–September), to the quarter"],
    ["circa 1974", "About 1974 (circa), to the year"],
    ["since 2023", "Since 2023, ongoing"],
    ["until 2025", "Until 2025, start unknown"],
    ["2019 – June 2021", "From 2019 (to the year) to June 2021 (to the month)"],
    ["c. 1850 – 1900", "From about 1850 to about 1900 (circa), to the year"],
    ["early July 2025", "Early July 2025, read as July 2025, to the month"],
    ["27/6/2025", "27 June 2025, to the day, reading the day first"],
    ["6/27/2025", "27 June 2025, to the day, reading the month first"],
  ])("%s", (text, description) => expect(understood(text).description).toBe(description));
});

describe("parseTypedDate: numeric day and month", () => {
  it.each(["04/07/2025", "4.7.2025", "04-07-2025", "4/7/2025"])("%s is ambiguous between both readings", (text) => {
    const result = parseTypedDate(text);
    expect(result.kind).toBe("ambiguous");
    if (result.kind !== "ambiguous") return;
    expect(result.options.map((option) => option.date)).toEqual([single(day(2025, 7, 4)), single(day(2025, 4, 7))]);
    expect(result.options.map((option) => option.label)).toEqual(["4 July 2025", "7 April 2025"]);
    expect(result.message).toBe(`“${text}” can be read as 4 July 2025 (day first) or 7 April 2025 (month first). Which did you mean?`);
    for (const option of result.options) expect(checkEventDate(option.date)).toBeNull();
  });

  it("keeps both readings of a numeric range the same way round", () => {
    const result = parseTypedDate("04/07/2025 – 06/07/2025");
    expect(result.kind).toBe("ambiguous");
    if (result.kind !== "ambiguous") return;
    expect(result.options.map((option) => option.date)).toEqual([
      range(day(2025, 7, 4), day(2025, 7, 6)),
      range(day(2025, 4, 7), day(2025, 6, 7)),
    ]);
  });

  it("keeps the time on every reading", () => {
    const result = parseTypedDate("04/07/2025 10:30");
    expect(result.kind).toBe("ambiguous");
    if (result.kind !== "ambiguous") return;
    expect(result.options.map((option) => option.time)).toEqual([
      { hour: 10, minute: 30, zone: null },
      { hour: 10, minute: 30, zone: null },
    ]);
  });

  it.each<[string, EventDate, string]>([
    ["27/6/2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["6/27/2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["27.6.2025", single(day(2025, 6, 27)), "27 June 2025"],
    ["4/4/2025", single(day(2025, 4, 4)), "4 April 2025"],
  ])("%s has only one possible reading", (text, expected, label) => expectDate(text, expected, label));
});

describe("parseTypedDate: tolerates the way text is pasted", () => {
  it.each<[string, EventDate, string]>([
    ["  JUNE   27 ,  2025 ", single(day(2025, 6, 27)), "27 June 2025"],
    ["27 June 2025.", single(day(2025, 6, 27)), "27 June 2025"],
    ["SUMMER 2025", single(season(2025, "summer")), "Summer 2025"],
    ["2019 ‒ 2021", range(year(2019), year(2021)), "2019 – 2021"],
  ])("%j", (text, expected, label) => expectDate(text, expected, label));
});

describe("parseTypedDate: errors say what is wrong, never guess", () => {
  it.each([
    ["", "Enter a date, like 27 June 2025."],
    ["   ", "Enter a date, like 27 June 2025."],
    ["June 27", "The year is missing, and Chronicle does not assume one. Add it, like 27 June 2025."],
    ["June 27–28", "The year is missing, and Chronicle does not assume one. Add it, like 27 June 2025."],
    ["summer", "The year is missing, and Chronicle does not assume one. Add it, like 27 June 2025."],
    ["31 June 2025", "June 2025 has 30 days; there is no 31 June 2025."],
    ["29 February 2025", "February 2025 has 28 days; there is no 29 February 2025."],
    ["13/13/2025", "There is no month 13; months run 1–12."],
    ["Q5 2024", "There is no Q5; quarters run Q1–Q4."],
    ["10000", `The year 10000 is outside what Chronicle keeps. ${SUPPORTED_YEARS_TEXT}`],
    ["AD 0", "There is no year 0: 1 BCE is followed by 1 CE."],
    ["0 BC", "There is no year 0: 1 BCE is followed by 1 CE."],
    ["10000 BC", `The year 10000 BCE is outside what Chronicle keeps. ${SUPPORTED_YEARS_TEXT}`],
    ["c. 9999 BC", `9999 BCE, widened by “circa”, reaches before 9999 BCE. ${SUPPORTED_YEARS_TEXT}`],
    ["400–500 BC", "The end (500 BCE) is before the start (400 BCE)."],
    ["27–45 BC", "The end (45 BCE) is before the start (27 BCE)."],
    ["-9999", `The year 10000 BCE is outside what Chronicle keeps. ${SUPPORTED_YEARS_TEXT}`],
    ["BC", "Chronicle cannot read “BC” as a date. Write it as the source does, like 27 June 2025, July 2019, summer 2025, Q3 2024, circa 1974 or 2019–2021."],
    ["winter 9999", `Winter 9999 reaches past 9999. ${SUPPORTED_YEARS_TEXT}`],
    ["28–27 June 2025", "The end (27 June 2025) is before the start (28 June 2025)."],
    ["27–27 June 2025", "The end is the same as the start; leave the end empty for a single date."],
    ["July 2025 10:30", "A time needs a day, but July 2025 is a whole month. Add the day, like 15 April 2025, 10:30."],
    ["27–28 June 2025 10:30", "A time goes with a single day, not with a range or an ongoing date."],
    ["10:30", "A time needs a day. Add the date, like 15 April 2025, 10:30."],
    ["15 April 2025 25:00", "There is no hour 25; hours run 00–23."],
    ["15 April 2025 10:75", "There is no minute 75; minutes run 00–59."],
    ["15 April 2025 13:30 pm", "With am or pm the hour runs 1–12; 13 pm is not a time."],
    ["15 April 2025 10:30:15", "Chronicle keeps times to the minute; leave out the seconds, like 10:30."],
    ["10:30 15 April 2025", "Put the time after the date, like 15 April 2025, 10:30."],
    ["4/7/25", "Write the year in full, like 04/07/2025; Chronicle does not guess the century of a two-digit year."],
    ["2019–21", "Write the end year in full, like 2019–2021; Chronicle does not guess the century."],
    ["2023–", "The range has no end. If it is still going on, write it like 2023–present."],
    ["present", "Give the start too, like since 2023 or 2023–present."],
    ["1970s", "“1970s” is a decade or a century; type the years it covers as a range, like 1970–1979."],
    ["early 27 June 2025", "“Early”, “mid” and “late” qualify a month, season or year, not a single day."],
    [
      "early June – late July 2025",
      "“Early”, “mid” and “late” can only qualify a single month, season or year, like early July 2025.",
    ],
    [
      "27",
      "A number alone could be a day or a year. Add the month and year, like 27 June 2025, or write a year before 100 with AD, like AD 79.",
    ],
  ])("%j", (text, message) => expect(errorMessage(text)).toBe(message));

  it.each(["10:30 Mars/Olympus", "15 April 2025 10:30 Mars/Olympus", "15 April 2025 10:30 UTC+8"])(
    "%s names an unknown time zone",
    (text) => {
      const zone = text.split(" ").at(-1);
      expect(errorMessage(text)).toBe(
        `Chronicle does not know the time zone “${zone}”. Use a name from the IANA time zone database, like Asia/Kuala_Lumpur, Europe/London or UTC.`,
      );
    },
  );

  it.each(["next Tuesday", "yesterday", "today", "3 days ago", "last week", "Tuesday"])(
    "%s is refused as relative to today",
    (text) => {
      expect(errorMessage(text)).toBe(
        `“${text}” depends on today's date. Chronicle needs the date as written, like 27 June 2025, not relative to today.`,
      );
    },
  );

  it.each(["foo", "2019 2020", "June 2025 July", "end of June 2025"])("%s cannot be read", (text) => {
    expect(errorMessage(text)).toBe(
      `Chronicle cannot read “${text}” as a date. Write it as the source does, like 27 June 2025, July 2019, summer 2025, Q3 2024, circa 1974 or 2019–2021.`,
    );
  });
});
