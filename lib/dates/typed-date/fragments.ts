import { astronomicalYearOf, NO_YEAR_ZERO } from "@/lib/dates/partial-date";
import { FILLER_WORDS, readWord, type Token } from "./tokens";
import { fail, ok, unreadable, type Fragment, type Outcome, type ParsedFragment } from "./types";

export const QUALIFIER_ON_SINGLE_DATE =
  "“Early”, “mid” and “late” can only qualify a single month, season or year, like early July 2025.";

/** The word orders a single date may take: D day, M month, Y year, S season, Q quarter. */
const DATE_SHAPES = new Set(["D", "DM", "DMY", "MD", "MDY", "DY", "M", "MY", "Y", "S", "SY", "Q", "QY"]);

/** Reads one side of a date: "Friday 27 June 2025", "c. 1850", "early July 2025", "04/07/2025", "27". */
export function parseFragment(text: string): Outcome<ParsedFragment> {
  const tokens = readTokens(text);
  if (!tokens.ok) return tokens;
  const prefixes = takePrefixes(tokens.value);
  if (!prefixes.ok) return prefixes;
  const core = markEraYears(prefixes.value.core);
  if (!core.ok) return core;
  const readings = readCore(core.value);
  if (!readings.ok) return readings;
  return ok({ ...prefixes.value.words, readings: readings.value });
}

function readTokens(text: string): Outcome<Token[]> {
  const tokens: Token[] = [];
  for (const word of text.split(" ")) {
    if (!word || FILLER_WORDS.has(word)) continue;
    const token = readWord(word);
    if (!token.ok) return token;
    tokens.push(token.value);
  }
  return ok(tokens);
}

type PrefixWords = Omit<ParsedFragment, "readings">;

/** Weekday, "circa" and "early"/"mid"/"late" may come before the date, each at most once, in any order. */
function takePrefixes(tokens: Token[]): Outcome<{ words: PrefixWords; core: Token[] }> {
  const words: PrefixWords = { weekday: null, approximate: false, qualifier: null };
  let index = 0;
  for (; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === "weekday" && words.weekday === null) words.weekday = token.weekday;
    else if (token.kind === "circa" && !words.approximate) words.approximate = true;
    else if (token.kind === "qualifier" && words.qualifier === null) words.qualifier = token.qualifier;
    else break;
  }
  const core = tokens.slice(index);
  if (core.some((token) => token.kind === "qualifier")) {
    return fail(QUALIFIER_ON_SINGLE_DATE);
  }
  return ok({ words, core });
}

/**
 * "AD 79", "79 CE", "44 BC", "500 BCE": the number next to the era is a year, however short, and a year before the
 * common era becomes astronomical (1 BC is 0, 44 BC is -43).
 */
function markEraYears(tokens: Token[]): Outcome<Token[]> {
  const marked: Token[] = [];
  for (const [index, token] of tokens.entries()) {
    const neighbours = [tokens[index - 1], tokens[index + 1]];
    if (token.kind === "era") {
      if (!neighbours.some((t) => t?.kind === "number" || t?.kind === "year")) return unreadable();
      continue;
    }
    const era = neighbours.find((t) => t?.kind === "era");
    if (era?.kind !== "era" || (token.kind !== "number" && token.kind !== "year")) {
      marked.push(token);
      continue;
    }
    if (token.value === 0) return fail(NO_YEAR_ZERO);
    marked.push({ kind: "year", value: astronomicalYearOf(token.value, era.era), era: era.era });
  }
  return ok(marked);
}

function readCore(tokens: Token[]): Outcome<Fragment[]> {
  const [first] = tokens;
  if (tokens.length === 1 && first?.kind === "calendar") return ok(first.readings);
  const shape = tokens.map(shapeLetter).join("");
  if (!DATE_SHAPES.has(shape)) return unreadable();
  return ok([tokens.reduce<Fragment>((fragment, token) => ({ ...fragment, ...fragmentPart(token) }), {})]);
}

function shapeLetter(token: Token): string {
  switch (token.kind) {
    case "number": return "D";
    case "year": return "Y";
    case "month": return "M";
    case "season": return "S";
    case "quarter": return "Q";
    default: return "?";
  }
}

function fragmentPart(token: Token): Fragment {
  switch (token.kind) {
    case "number": return { day: token.value };
    case "year": return token.era ? { year: token.value, era: token.era } : { year: token.value };
    case "month": return { month: token.month };
    case "season": return { season: token.season };
    case "quarter": return { quarter: token.quarter };
    default: return {};
  }
}
