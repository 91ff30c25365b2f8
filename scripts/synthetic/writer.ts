import type { SyntheticEvent } from "../../lib/synthetic/generate-events";
import type { SyntheticTaxonomy } from "../../lib/synthetic/generate-taxonomy";

/** Ids of the taxonomy rows as stored, by the generator's indexes. */
export interface TaxonomyIds {
  topicIds: number[];
  actorIds: number[];
}

/** A bulk loader for one database kind; it bypasses the ORM because a million rows must load in minutes. */
export interface SyntheticWriter {
  upsertTaxonomy(taxonomy: SyntheticTaxonomy): Promise<TaxonomyIds>;
  nextEventId(): Promise<number>;
  writeBatch(events: SyntheticEvent[], ids: TaxonomyIds): Promise<void>;
  finish(): Promise<void>;
}
