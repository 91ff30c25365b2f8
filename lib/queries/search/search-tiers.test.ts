import { describe, expect, it } from "vitest";
import { parseSearchQuery } from "./parse-search-query";
import { SEARCH_FIELDS } from "./search-fields";
import { hasTiers, listTiers, maskOf, tierFtsText, tierTsText } from "./search-tiers";

/** The rank searchRankSql gives one term found in the fields of `mask`. */
const rankOf = (mask: number) => SEARCH_FIELDS.reduce((sum, field) => sum + (mask & field.weight ? field.weight : 0), 0);

describe("relevance tiers of a one-term search", () => {
  it("reads every combination of fields, best rank first, one rank per tier", () => {
    const tiers = listTiers(maskOf([true, true, true, true]));
    expect(tiers).toHaveLength(15);
    expect(tiers.map(rankOf)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1]);
  });

  it("skips the tiers that need a field where the term never occurs", () => {
    // A word found in summaries and bodies only.
    expect(listTiers(maskOf([false, true, false, true]))).toEqual([5, 4, 1]);
    expect(listTiers(0)).toEqual([]);
  });

  it("selects a tier exactly: its fields hold the term, the other fields where it occurs do not", () => {
    const query = parseSearchQuery("corridor");
    expect(tierFtsText(query, 5)).toBe('({summary} : "corridor"* AND {body} : "corridor"*) NOT {title sources} : "corridor"*');
    expect(tierFtsText(query, 5, 5)).toBe('{summary} : "corridor"* AND {body} : "corridor"*');
    expect(tierFtsText(query, 15)).toBe('{title} : "corridor"* AND {summary} : "corridor"* AND {sources} : "corridor"* AND {body} : "corridor"*');
    expect(tierTsText(query, 8)).toBe("'A.corridor':* & !'B.corridor':* & !'C.corridor':* & !'D.corridor':*");
  });

  it("keeps a whole word whole and applies to one term only", () => {
    expect(tierTsText(parseSearchQuery("eu"), 1)).toBe("'D.eu' & !'A.eu' & !'B.eu' & !'C.eu'");
    expect(hasTiers(parseSearchQuery("rail"))).toBe(true);
    expect(hasTiers(parseSearchQuery("summit talks"))).toBe(false);
  });
});
