/** The two articles and the public reports listed in shared/reference/events.md. */

export interface SeedSource {
  publisher: string;
  title: string;
  url?: string;
  /** Canonical partial date; omitted when the source gives none. */
  publishedOn?: string;
  author?: string;
  quote?: string;
}

export const FRANCE_ARTICLE: SeedSource = {
  publisher: "Crypto news site (name not given)",
  title: "Anwar Backs Malaysia–France Ties in Paris, Boosting Tech and Fintech Links",
  author: "Shweta Chakrawarty",
  // Published in the week of the visit; the article itself gives no day or year.
  publishedOn: "2025-07",
};

export const XI_ANWAR_ARTICLE: SeedSource = {
  publisher: "Unknown publisher",
  title: "Xi Jinping and Anwar Ibrahim reaffirm bilateral relations (headline paraphrased; no byline, no date)",
};

export const REPORTS = {
  thesunFranceEnvoy: {
    publisher: "thesun.my",
    title: "PM Anwar’s inaugural official visit to France to strengthen bilateral ties: envoy",
    url: "https://thesun.my/malaysia-news/pm-anwar-s-inaugural-official-visit-to-france-to-strengthen-bilateral-ties-envoy-GB14402657",
    publishedOn: "2025-07-03",
  },
  thesunArrivesParis: {
    publisher: "thesun.my",
    title: "PM Anwar arrives in Paris for official visit to France",
    url: "https://thesun.my/malaysia-news/pm-anwar-arrives-in-paris-for-official-visit-to-france-KB14403797",
    publishedOn: "2025-07-04",
  },
  thestarTopLeaders: {
    publisher: "thestar.com.my",
    title: "PM Anwar to meet France's top leaders during official visit",
    url: "https://www.thestar.com.my/news/nation/2025/07/04/pm-anwar-to-meet-france039s-top-leaders-during-official-visit",
    publishedOn: "2025-07-04",
  },
  malaymailDiplomaticPush: {
    publisher: "malaymail.com",
    title: "Anwar to kick off major diplomatic push in Paris with top French officials",
    url: "https://www.malaymail.com/news/malaysia/2025/07/04/anwar-to-kick-off-major-diplomatic-push-in-paris-with-top-french-officials/182832",
    publishedOn: "2025-07-04",
  },
  malaymailMacronHails: {
    publisher: "malaymail.com",
    title: "Macron hails Anwar’s Paris visit as a success, says it revives high-level France–Malaysia ties after 15 years",
    url: "https://www.malaymail.com/news/malaysia/2025/07/05/macron-hails-anwars-paris-visit-as-a-success-says-it-revives-high-level-france-malaysia-ties-after-15-years/182871",
    publishedOn: "2025-07-05",
  },
  malaymailPutrajayaMeeting: {
    publisher: "malaymail.com",
    title: "Anwar, Xi Jinping discuss trade, diplomacy in landmark Putrajaya meeting",
    url: "https://www.malaymail.com/news/malaysia/2025/04/16/anwar-xi-jinping-discuss-trade-diplomacy-in-landmark-putrajaya-meeting/173312",
    publishedOn: "2025-04-16",
  },
  malaymailXiHailsKing: {
    publisher: "malaymail.com",
    title: "Xi hails King, PM Anwar as driving force for Malaysia’s continued success",
    url: "https://www.malaymail.com/news/malaysia/2025/04/17/xi-hails-king-pm-anwar-as-driving-force-for-malaysias-continued-success/173358",
    publishedOn: "2025-04-17",
  },
  thesunDinner: {
    publisher: "thesun.my",
    title: "PM Anwar hosts dinner for President Xi",
    url: "https://thesun.my/malaysia-news/pm-anwar-hosts-dinner-for-president-xi-KO13959762",
    publishedOn: "2025-04-16",
  },
  thesunStandWithRegion: {
    publisher: "thesun.my",
    title: "China, Malaysia stand with the region to counter unilateralism: Xi Jinping",
    url: "https://thesun.my/malaysia-news/china-malaysia-stand-with-the-region-to-counter-unilateralism-xi-jinping-HO13959871",
    publishedOn: "2025-04-16",
  },
  nationThailand: {
    publisher: "nationthailand.com",
    title: "",
    url: "https://www.nationthailand.com/blogs/news/world/40048873",
    publishedOn: "2025-04-17",
  },
  thesundailyEcrl: {
    publisher: "thesundaily.my",
    title: "ECRL to be relaunched today",
    url: "https://www.thesundaily.my/local/ecrl-to-be-relaunched-today-XC1150055",
    publishedOn: "2019-07",
  },
} satisfies Record<string, SeedSource>;
