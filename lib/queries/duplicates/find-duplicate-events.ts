import { readSql } from "@/lib/db/read-sql";
import { DATE_MAX, DATE_MIN, type DateBounds } from "@/lib/dates/event-date";
import type { Viewer } from "@/lib/domain/viewer";
import { toEventLink, type EventLink, type EventLinkRow } from "../event-link";
import { titleCandidatesSql, urlCandidatesSql } from "./duplicate-candidates-sql";
import { distinctiveWords, titleSimilarity, titleWords } from "./title-words";

/** What the event form knows so far about the event it describes. */
export interface DuplicateProbe {
  title: string;
  /** [earliest, latest) of the form's date (eventDateBounds); null while it has no known bound. */
  period: DateBounds | null;
  /** The source addresses, each a full http(s) address. */
  urls: string[];
  /** The event being edited, never its own duplicate. */
  exclude: number | null;
}

export type DuplicateEvent = Omit<EventLink, "deleted"> & {
  /** Why it may be the same event: "same source address https://…", "similar title (3 of 4 words) and overlapping dates". */
  reasons: string[];
};

export const MAX_DUPLICATES = 5;
/** Share of the two titles' words in common (Jaccard) from which a title is called similar. */
export const SIMILAR_TITLE = 0.5;
/** How far apart two records of one event may date it: sources disagree by a few days, or one gives the month. */
const DATE_MARGIN_MS = 7 * 86_400_000;

type CandidateRow = EventLinkRow & { sourceUrl?: string };

interface Match {
  link: EventLink;
  earliest: number;
  urls: string[];
  title: { shared: number; total: number; score: number };
  similarTitle: boolean;
}

/**
 * Events that may be the one the form describes, best first, at most MAX_DUPLICATES: those citing one of its
 * source addresses, then those with a similar title at an overlapping date.
 *
 * Both ways read through an index, never a scan, so the check keeps up with typing at a million events: addresses
 * through sources_url_idx, titles through the full-text index (at most CANDIDATE_LIMIT events whose title holds two
 * or more of the probe's most distinctive words, those holding the most first, each date checked by primary key).
 * How similar the titles are is then scored here, on all their folded words: exact and cheap for fifty titles,
 * where the index can only say which words a title holds.
 */
export async function findDuplicateEvents(probe: DuplicateProbe, viewer: Viewer): Promise<DuplicateEvent[]> {
  const words = titleWords(probe.title);
  const period = probe.period && widen(probe.period);
  const [byUrl, byTitle] = await Promise.all([
    probe.urls.length ? readSql<CandidateRow[]>(urlCandidatesSql(withTrailingSlashVariants(probe.urls), viewer, probe.exclude)) : [],
    words.length && period ? readSql<CandidateRow[]>(titleCandidatesSql(distinctiveWords(words), period, viewer, probe.exclude)) : [],
  ]);

  const matches = new Map<number, Match>();
  const matchOf = (row: CandidateRow): Match => {
    const id = Number(row.id);
    let match = matches.get(id);
    if (!match) {
      const link = toEventLink({ ...row, id, approximate: Boolean(row.approximate) });
      match = { link, earliest: Number(row.earliest), urls: [], title: titleSimilarity(words, titleWords(row.title)), similarTitle: false };
      matches.set(id, match);
    }
    return match;
  };
  for (const row of byUrl) {
    const match = matchOf(row);
    if (row.sourceUrl && !match.urls.includes(row.sourceUrl)) match.urls.push(row.sourceUrl);
  }
  for (const row of byTitle) {
    const match = matchOf(row);
    match.similarTitle = match.title.score >= SIMILAR_TITLE;
  }

  const closeness = (match: Match) => (probe.period ? Math.abs(match.earliest - probe.period.earliest) : 0);
  return [...matches.values()]
    .filter((match) => match.urls.length > 0 || match.similarTitle)
    .sort((a, b) => Number(b.urls.length > 0) - Number(a.urls.length > 0) || b.title.score - a.title.score || closeness(a) - closeness(b) || b.link.id - a.link.id)
    .slice(0, MAX_DUPLICATES)
    .map(toDuplicate);
}

function toDuplicate({ link, urls, title, similarTitle }: Match): DuplicateEvent {
  const { id, slug, title: text, dateLabel, status } = link;
  const reasons = urls.map((url) => `same source address ${url}`);
  if (similarTitle) reasons.push(`similar title (${title.shared} of ${title.total} words) and overlapping dates`);
  return { id, slug, title: text, dateLabel, status, reasons };
}

/** The period widened by DATE_MARGIN_MS each side; an open bound stays open. */
function widen({ earliest, latest }: DateBounds): DateBounds {
  return {
    earliest: earliest <= DATE_MIN ? earliest : earliest - DATE_MARGIN_MS,
    latest: latest >= DATE_MAX ? latest : latest + DATE_MARGIN_MS,
  };
}

/** Each address as given and with its trailing slash added or taken off: sites answer both, and editors copy either. */
export function withTrailingSlashVariants(urls: readonly string[]): string[] {
  return [...new Set(urls.flatMap((url) => [url, url.endsWith("/") ? url.replace(/\/+$/, "") : `${url}/`]))].filter(Boolean);
}
