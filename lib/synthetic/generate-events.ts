import { toStoredEventDate, type EventDate, type StoredEventDate } from "@/lib/dates/event-date";
import { formatPartialDateValue, type PartialDate, SEASONS } from "@/lib/dates/partial-date";
import type { RelationType } from "@/lib/domain/event-vocabulary";
import { createRandom, createZipf, distinctZipf, gaussian, pick, randomInt, weighted, type Random } from "./random";
import { drawWord, PUBLISHERS, TITLE_VERBS } from "./vocabulary";
import type { SyntheticTaxonomy } from "./generate-taxonomy";

export interface SyntheticEvent extends StoredEventDate {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  importance: number;
  status: "draft" | "published";
  topicIndexes: number[];
  actorIndexes: number[];
  countryCodes: string[];
  sources: { publisher: string; title: string; url: string; publishedOn: string }[];
  relations: { toId: number; type: RelationType }[];
}

export interface GenerateOptions {
  count: number;
  seed: number;
  firstId: number;
  taxonomy: SyntheticTaxonomy;
  /** History runs from this year to mid-`toYear`. */
  fromYear?: number;
  toYear?: number;
}

const DAY = 86_400_000;
type Shape = "day" | "range" | "month" | "season" | "quarter" | "year" | "circa" | "ongoing";
const SHAPES: readonly (readonly [Shape, number])[] = [
  ["day", 55], ["range", 15], ["month", 11], ["season", 3], ["quarter", 3], ["year", 6], ["circa", 2], ["ongoing", 5],
];

function dayOf(ms: number): PartialDate {
  const d = new Date(ms);
  return { precision: "day", year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function dateFor(shape: Shape, at: number, random: Random): EventDate {
  const d = new Date(at);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  switch (shape) {
    case "day": return { start: dayOf(at), end: null, approximate: false };
    case "range": {
      // Log-uniform lengths: most ranges last days, a few last months.
      const days = Math.max(1, Math.round(Math.exp(random() * Math.log(120))));
      return { start: dayOf(at), end: dayOf(at + days * DAY), approximate: false };
    }
    case "month": return { start: { precision: "month", year, month }, end: null, approximate: false };
    case "season": {
      const season = SEASONS[Math.floor(((month + 9) % 12) / 3)]!; // Dec–Feb winter, Mar–May spring, …
      return { start: { precision: "season", year: month <= 2 ? year - 1 : year, season }, end: null, approximate: false };
    }
    case "quarter": return { start: { precision: "quarter", year, quarter: Math.ceil(month / 3) }, end: null, approximate: false };
    case "year": return { start: { precision: "year", year }, end: null, approximate: false };
    case "circa": return { start: { precision: "year", year }, end: null, approximate: true };
    case "ongoing":
      return random() < 0.2
        ? { start: null, end: "ongoing", approximate: false }
        : { start: random() < 0.5 ? dayOf(at) : { precision: "month", year, month }, end: "ongoing", approximate: false };
  }
}

function words(random: Random, count: number): string {
  let text = drawWord(random);
  for (let i = 1; i < count; i++) text += ` ${drawWord(random)}`;
  return text;
}

const capitalised = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

function sentence(random: Random, count: number): string {
  return `${capitalised(words(random, count))}.`;
}

/**
 * The text has its own stream, half of mulberry32's cycle (2^31 draws) away from the main one, so the two never
 * overlap. The main stream still takes, and drops, the draws the template text took from it before the Zipf
 * vocabulary (issue 13): a verb and a subject for the title, a length and a word each for the summary and body.
 * So a seed gives the same dates, actors, countries, topics, importance, status, sources and relations as before.
 */
const textRandom = (seed: number) => createRandom(seed + 2 ** 31);

function skipTemplateTitle(random: Random) {
  random();
  random();
}

function skipTemplateText(random: Random) {
  const skip = (draws: number) => {
    for (let i = 0; i < draws; i++) random();
  };
  skip(randomInt(random, 8, 16));
  for (let sentences = randomInt(random, 1, 4); sentences > 0; sentences--) skip(randomInt(random, 10, 30));
}

/**
 * Yields `count` realistic synthetic events, deterministically for a seed: activity that grows over the
 * years with bursts around a few hundred moments, the real mix of precisions, Zipf-popular topics, actors
 * and countries, sources, and relations between events of the same burst.
 */
export function* generateEvents(options: GenerateOptions): Generator<SyntheticEvent> {
  const { count, seed, firstId, taxonomy } = options;
  const random = createRandom(seed);
  const text = textRandom(seed);
  // setUTCFullYear, unlike Date.UTC, keeps the years 0–99 as they are.
  const from = new Date(0).setUTCFullYear(options.fromYear ?? 1990, 0, 1);
  const to = new Date(0).setUTCFullYear(options.toYear ?? 2026, 5, 30);
  const topicZipf = createZipf(taxonomy.topics.length);
  const actorZipf = createZipf(taxonomy.actors.length);
  const countryZipf = createZipf(taxonomy.countries.length);
  const burstZipf = createZipf(300, 0.9);
  const bursts = Array.from({ length: 300 }, () => ({
    at: from + (to - from) * Math.sqrt(random()),
    spreadDays: 2 + random() * 40,
    lastId: 0,
    actors: distinctZipf(random, actorZipf, 3, taxonomy.actors.length),
  }));

  for (let n = 0; n < count; n++) {
    const id = firstId + n;
    const burst = random() < 0.4 ? bursts[burstZipf(random)]! : null;
    // sqrt(u) makes recent years busier than early ones.
    const at = burst
      ? Math.min(to, Math.max(from, burst.at + gaussian(random) * burst.spreadDays * DAY))
      : from + (to - from) * Math.sqrt(random());
    const date = dateFor(weighted(random, SHAPES), at, random);
    const actorIndexes = burst && random() < 0.7
      ? [pick(random, burst.actors), ...distinctZipf(random, actorZipf, randomInt(random, 0, 2), taxonomy.actors.length)]
      : distinctZipf(random, actorZipf, randomInt(random, 1, 3), taxonomy.actors.length);
    const uniqueActors = [...new Set(actorIndexes)];
    const countryCodes = distinctZipf(random, countryZipf, randomInt(random, 1, 2), taxonomy.countries.length).map((i) => taxonomy.countries[i]!.code);
    const lead = taxonomy.actors[uniqueActors[0]!]!.name;
    const other = uniqueActors[1] !== undefined ? taxonomy.actors[uniqueActors[1]]!.name : taxonomy.countries.find((c) => c.code === countryCodes[0])!.name;
    const title = `${lead} ${pick(text, TITLE_VERBS)} ${other}: ${words(text, randomInt(text, 2, 4))}`;
    skipTemplateTitle(random);
    const stored = toStoredEventDate(date);
    const sourceCount = weighted(random, [[0, 15], [1, 50], [2, 25], [3, 10]] as const);
    const published = date.start ? formatPartialDateValue(date.start) : "2025-07";
    const relations: SyntheticEvent["relations"] = [];
    if (burst && burst.lastId && random() < 0.3) {
      relations.push({ toId: burst.lastId, type: weighted(random, [["follows", 5], ["outcome_of", 2], ["context_for", 1]] as const) });
    }
    if (burst) burst.lastId = id;
    const summary = sentence(text, randomInt(text, 8, 16));
    const body = Array.from({ length: randomInt(text, 1, 4) }, () => sentence(text, randomInt(text, 10, 30))).join(" ");
    skipTemplateText(random);
    yield {
      id,
      slug: `syn-${seed}-${id}`,
      title,
      summary,
      body,
      ...stored,
      importance: weighted(random, [[1, 30], [2, 30], [3, 25], [4, 10], [5, 5]] as const),
      status: random() < 0.95 ? "published" : "draft",
      topicIndexes: distinctZipf(random, topicZipf, randomInt(random, 1, 3), taxonomy.topics.length),
      actorIndexes: uniqueActors,
      countryCodes,
      sources: Array.from({ length: sourceCount }, (_, i) => ({
        publisher: pick(random, PUBLISHERS),
        title: `${lead}: ${capitalised(words(text, randomInt(text, 3, 8)))}`,
        url: `https://news.example/${seed}/${id}/${i}`,
        publishedOn: published,
      })),
      relations,
    };
  }
}
