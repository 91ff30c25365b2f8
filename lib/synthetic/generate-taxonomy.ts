import type { ActorKind } from "@/lib/domain/event-vocabulary";
import { slugify } from "@/lib/schemas/slugify";
import { createRandom, pick } from "./random";
import { FIRST_NAMES, LAST_NAMES, ORGANISATION_PATTERNS, ORGANISATION_WORDS, SECTORS, SYNTHETIC_COUNTRIES, SYNTHETIC_TOPICS } from "./vocabulary";

export interface SyntheticTaxonomy {
  topics: { slug: string; name: string }[];
  actors: { slug: string; name: string; kind: ActorKind }[];
  countries: { code: string; name: string }[];
}


/** Topics, actors and countries for synthetic events; slugs carry a "syn-" prefix so they never clash with real ones. */
export function generateTaxonomy(seed: number, actorCount = 2000): SyntheticTaxonomy {
  const random = createRandom(seed ^ 0x5eed);
  // Marked in the name too: synthetic topics sit in the same pickers as real ones.
  const topics = SYNTHETIC_TOPICS.map((name) => ({ slug: `syn-${slugify(name)}`, name: `${name} (synthetic)` }));
  const countries = SYNTHETIC_COUNTRIES.map(([code, name]) => ({ code, name }));
  const actors: SyntheticTaxonomy["actors"] = [];
  const seen = new Set<string>();
  for (let i = 0; actors.length < actorCount; i++) {
    let name: string;
    let kind: ActorKind;
    if (random() < 0.55) {
      name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
      kind = "person";
    } else {
      const [patternKind, pattern] = pick(random, ORGANISATION_PATTERNS);
      name = pattern
        .replace("{word}", pick(random, ORGANISATION_WORDS))
        .replace("{place}", pick(random, countries).name)
        .replace("{sector}", pick(random, SECTORS));
      kind = patternKind;
    }
    if (seen.has(name)) name = `${name} ${i}`;
    seen.add(name);
    actors.push({ slug: `syn-${slugify(name)}`, name, kind });
  }
  return { topics, actors, countries };
}
