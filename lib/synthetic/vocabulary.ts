/** Word lists for synthetic events. Invented names only: synthetic data must never pass for real reporting. */

import { createRandom, createWeightedIndex, pick, randomInt, type Random } from "./random";

export const SYNTHETIC_TOPICS = [
  "Diplomacy", "Trade", "Investment", "Fintech", "CBDC", "Digital payments", "Crypto assets", "Energy",
  "Renewables", "Oil and gas", "Mining", "Infrastructure", "Rail", "Ports", "Aviation", "Defence",
  "Cybersecurity", "Semiconductors", "Artificial intelligence", "Telecoms", "Health", "Pandemic response",
  "Education", "Culture", "Tourism", "Agriculture", "Food security", "Water", "Climate", "Disaster relief",
  "Elections", "Courts", "Corruption", "Human rights", "Migration", "Labour", "Monetary policy",
  "Banking regulation", "Capital markets", "Sanctions",
] as const;

export const SYNTHETIC_COUNTRIES: readonly (readonly [string, string])[] = [
  ["MY", "Malaysia"], ["CN", "China"], ["FR", "France"], ["US", "United States"], ["SG", "Singapore"],
  ["ID", "Indonesia"], ["TH", "Thailand"], ["VN", "Viet Nam"], ["PH", "Philippines"], ["JP", "Japan"],
  ["KR", "Korea, Republic of"], ["IN", "India"], ["AU", "Australia"], ["GB", "United Kingdom"], ["DE", "Germany"],
  ["IT", "Italy"], ["ES", "Spain"], ["NL", "Netherlands"], ["BE", "Belgium"], ["CH", "Switzerland"],
  ["BR", "Brazil"], ["AR", "Argentina"], ["MX", "Mexico"], ["CA", "Canada"], ["ZA", "South Africa"],
  ["NG", "Nigeria"], ["KE", "Kenya"], ["EG", "Egypt"], ["SA", "Saudi Arabia"], ["AE", "United Arab Emirates"],
  ["TR", "Türkiye"], ["RU", "Russian Federation"], ["UA", "Ukraine"], ["PL", "Poland"], ["SE", "Sweden"],
  ["NO", "Norway"], ["FI", "Finland"], ["DK", "Denmark"], ["IE", "Ireland"], ["PT", "Portugal"],
  ["GR", "Greece"], ["AT", "Austria"], ["CZ", "Czechia"], ["HU", "Hungary"], ["RO", "Romania"],
  ["PK", "Pakistan"], ["BD", "Bangladesh"], ["LK", "Sri Lanka"], ["KH", "Cambodia"], ["LA", "Lao People's Democratic Republic"],
  ["MM", "Myanmar"], ["BN", "Brunei Darussalam"], ["NZ", "New Zealand"], ["CL", "Chile"], ["PE", "Peru"],
  ["CO", "Colombia"], ["MA", "Morocco"], ["DZ", "Algeria"], ["QA", "Qatar"], ["IL", "Israel"],
];

export const FIRST_NAMES = [
  "Amira", "Boon", "Chen", "Dara", "Elif", "Farid", "Gita", "Hana", "Ilias", "Jun", "Kavya", "Lina",
  "Mateo", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Siti", "Tomas", "Umar", "Vera", "Wei", "Yusuf", "Zara",
] as const;

export const LAST_NAMES = [
  "Abdullah", "Bertrand", "Chua", "Dumont", "Esposito", "Fernandes", "Goh", "Hassan", "Ito", "Jansen",
  "Kowalski", "Lim", "Moreau", "Nakamura", "Okafor", "Petrov", "Quah", "Rahman", "Silva", "Tan",
  "Umarov", "Varga", "Wong", "Yilmaz", "Zhang",
] as const;

export const ORGANISATION_PATTERNS = [
  ["company", "{word} Holdings"], ["company", "{word} Capital"], ["company", "{word} Digital"],
  ["company", "{word} Energy"], ["company", "{word} Logistics"], ["central_bank", "Central Bank of {place}"],
  ["government", "Ministry of {sector}, {place}"], ["international_body", "{word} Cooperation Council"],
  ["organisation", "{word} Institute"], ["organisation", "{word} Foundation"],
] as const;

export const ORGANISATION_WORDS = [
  "Meridian", "Northwind", "Saffron", "Kestrel", "Lumen", "Orchid", "Basalt", "Harbour", "Summit",
  "Cobalt", "Verdant", "Monsoon", "Tideline", "Granite", "Aurora", "Juniper", "Pinnacle", "Silverleaf",
] as const;

export const SECTORS = ["Finance", "Trade", "Transport", "Energy", "Health", "Education", "Foreign Affairs", "Digital Affairs"] as const;

export const PUBLISHERS = [
  "The Harbour Times", "Meridian Daily", "Asia Ledger", "Continental Wire", "The Monsoon Review",
  "Capital Observer", "Northwind News", "Policy Brief Weekly",
] as const;

/**
 * What the lead actor does to the other in a title. Single words, each in about 1 title in 22, so that no
 * connecting word ("with", "on") ends up in every event.
 */
export const TITLE_VERBS = [
  "meets", "hosts", "visits", "welcomes", "criticises", "backs", "joins", "funds", "urges", "warns", "thanks",
  "invites", "consults", "praises", "rebukes", "supports", "challenges", "endorses", "engages", "lobbies", "advises", "briefs",
] as const;

/**
 * The free text (titles, summaries, bodies and source titles) is drawn word by word from VOCABULARY, most
 * frequent first:
 * - rank 1 is COMMON_WORD, one word in COMMON_WORD_SHARE of the text, which puts it in about 80% of events:
 *   the stated worst case for search;
 * - ranks 2 to VOCABULARY_SIZE follow Zipf's law with exponent 1, rank r drawn with weight 1 / (r + ZIPF_OFFSET).
 *   The offset (Zipf–Mandelbrot) flattens the head: with pure Zipf and ~70 words an event, the four most common
 *   words would each be in over 80% of events, and the worst case would not be one word. Rank 2 is in about 42%
 *   of events, rank 10 in 33%, rank 300 in 4%, rank 3,000 in 0.45%, the last rank in 0.2%.
 * The ranks after COMMON_WORD are real words of the domain (DOMAIN_WORDS, so that titles read sensibly), then
 * invented ones made of syllables. Every word is plain lower-case ASCII, so both search indexes store it as
 * itself, and no word begins another word of the synthetic text (nor an actor's or country's name, nor a title
 * verb): the last word of a search also matches as a prefix, and a word's events are then exactly those that hold it.
 */
export const COMMON_WORD = "officials";
export const COMMON_WORD_SHARE = 0.024;
export const VOCABULARY_SIZE = 6000;
export const ZIPF_OFFSET = 20;

/** Ranks 2 onwards, in rank order. */
export const DOMAIN_WORDS = [
  "talks", "agreement", "plan", "minister", "corridor", "rail", "policy", "project", "growth", "market", "budget", "reform",
  "review", "programme", "funding", "investment", "security", "economy", "development", "public", "national", "regional", "global", "prices",
  "exports", "sanctions", "diplomacy", "ports", "pipeline", "grid", "power", "oil", "gas", "coal", "solar", "wind",
  "hydrogen", "nuclear", "water", "climate", "emissions", "carbon", "drought", "flood", "harvest", "rice", "wheat", "palm",
  "rubber", "fisheries", "forestry", "mining", "nickel", "lithium", "copper", "tin", "bauxite", "steel", "cement", "chips",
  "foundry", "software", "cloud", "data", "privacy", "identity", "payments", "wallets", "stablecoin", "ledger", "tokenised", "deposits",
  "bonds", "equities", "currency", "ringgit", "yuan", "euro", "dollar", "inflation", "interest", "liquidity", "reserves", "lending",
  "credit", "debt", "deficit", "surplus", "revenue", "taxation", "subsidy", "government", "president", "parliament", "cabinet", "election",
  "vote", "court", "ruling", "law", "bill", "treaty", "accord", "pact", "memorandum", "framework", "pilot", "partnership",
  "alliance", "delegation", "envoy", "embassy", "consulate", "ambassador", "diplomats", "negotiation", "dispute", "tension", "crisis", "conflict",
  "ceasefire", "border", "maritime", "territory", "navy", "army", "military", "exercise", "drills", "patrol", "cyber", "attack",
  "breach", "hackers", "malware", "ransomware", "satellite", "rocket", "orbit", "airline", "airport", "flights", "cargo", "shipping",
  "freight", "container", "vessel", "highway", "bridge", "tunnel", "metro", "trains", "station", "terminal", "warehouse", "supply",
  "chain", "shortage", "demand", "output", "production", "factory", "manufacturing", "assembly", "automotive", "vehicles", "battery", "charging",
  "electric", "fuel", "refinery", "crude", "barrels", "offshore", "drilling", "exploration", "concession", "licence", "permit", "tender",
  "contract", "bid", "auction", "procurement", "infrastructure", "construction", "housing", "property", "rent", "land", "urban", "rural",
  "villages", "farmers", "crops", "fertiliser", "irrigation", "livestock", "poultry", "dairy", "loans", "sukuk", "yield", "stocks",
  "bourse", "listing", "merger", "acquisition", "takeover", "stake", "valuation", "profit", "losses", "earnings", "dividend", "turnover",
  "audit", "fraud", "bribery", "graft", "probe", "inquiry", "arrest", "charges", "trial", "verdict", "appeal", "penalty",
  "regulator", "supervision", "compliance", "licensing", "remittances", "transfers", "hospital", "vaccine", "clinics", "doctors", "nurses", "patients",
  "outbreak", "dengue", "malaria", "schools", "students", "teachers", "university", "scholarship", "exchange", "museum", "heritage", "festival",
  "tourism", "tourists", "visitors", "hotels", "sports", "football", "film", "media", "press", "journalists", "television", "broadcast",
  "radio", "internet", "broadband", "mobile", "network", "spectrum", "towers", "cables", "subsea", "servers", "wafers", "semiconductor",
  "research", "science", "innovation", "startups", "venture", "incubator", "talent", "skills", "training", "workers", "wages", "unions",
  "strike", "protest", "rally", "police", "migrants", "refugees", "asylum", "visas", "passports", "citizenship", "census", "population",
  "poverty", "welfare", "pensions", "insurance", "sanitation", "waste", "recycling", "plastics", "pollution", "haze", "forests", "wildlife",
  "conservation", "biodiversity", "rivers", "dams", "reservoir", "coast", "islands", "typhoon", "earthquake", "tsunami", "rescue", "relief",
  "aid", "donors", "grants", "charity", "opposition", "party", "candidates", "campaign", "ballot", "turnout", "polls", "referendum",
  "constitution", "amendment", "senate", "governor", "mayor", "province", "district", "municipal", "federal", "decree", "mandate", "agenda",
  "strategy", "roadmap", "blueprint", "vision", "target", "milestone", "deadline", "phase", "rollout", "expansion", "upgrade", "modernisation",
  "overhaul", "restructuring", "privatisation", "stimulus", "package", "recovery", "recession", "slowdown", "boom", "surge", "slump", "rebound",
  "outlook", "forecast", "estimate", "survey", "statistics", "figures", "quarter", "annual", "monthly", "weekly", "interoperability", "settlement",
  "consortium", "negotiators", "tariff", "quota", "dumping", "safeguard", "subsidies", "customs", "clearance", "smuggling", "piracy", "counterfeit",
  "standards", "certification", "halal", "organic", "textiles", "garments", "footwear", "furniture", "timber", "seafood", "shrimp", "cocoa",
  "coffee", "sugar", "soybean", "maize", "cotton", "spices", "durian", "pepper", "fruit", "vegetables", "grain", "flour",
  "shipyard", "dredging", "reclamation", "airspace", "runway", "hub", "gateway", "interchange", "bypass", "expressway", "toll", "fares",
  "ridership", "commuters", "buses", "taxis", "bicycles", "pedestrians", "congestion", "zoning", "architects", "engineers", "suppliers", "vendors",
  "buyers", "consumers", "retail", "wholesale", "ecommerce", "platform", "delivery", "couriers", "parcels", "warehousing", "inventory", "backlog",
  "delays", "disruption", "outage", "blackout", "rationing", "storage", "batteries", "turbines", "panels", "inverters", "substation", "transmission",
  "interconnector", "baseload", "peak", "geothermal", "biomass", "biofuel", "ethanol", "methane", "ammonia", "pesticides", "seeds", "drones",
  "robots", "automation", "algorithms", "models", "chatbots", "computing", "quantum", "encryption", "passwords", "authentication", "biometrics", "surveillance",
  "cameras", "sensors", "telemetry",
] as const;

/** Lower-case runs of letters, as the search indexes split (and fold) text. */
const lowerWords = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().match(/[a-z]+/g) ?? [];

/** Every other word the synthetic text holds: actors' and countries' names and the title verbs. */
const NAME_WORDS = [
  ...FIRST_NAMES, ...LAST_NAMES, ...ORGANISATION_PATTERNS.map(([, pattern]) => pattern), ...ORGANISATION_WORDS, ...SECTORS,
  ...SYNTHETIC_COUNTRIES.map(([, name]) => name), ...TITLE_VERBS,
].flatMap(lowerWords);

/** Syllables of the invented words, and the fixed seed that draws them (the same vocabulary for every seed). */
const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "pl", "st", "tr", "sh", "ch", "th"];
const VOWELS = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ou"];
/** Clusters like "nd" only end a word, so that invented words stay pronounceable. */
const INNER_CODAS = ["", "", "", "", "", "n", "r", "l", "s", "m"];
const FINAL_CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "rk", "st"];
const INVENTED_SEED = 0x766f63;

function buildVocabulary(): string[] {
  const words: string[] = [];
  const taken = new Set<string>();
  // Every word taken and every beginning of one: a new word may be neither, nor begin with a taken word.
  const begun = new Set<string>();
  const mark = (word: string) => {
    for (let end = 1; end <= word.length; end++) begun.add(word.slice(0, end));
  };
  // A name word too short to be searched as a prefix (fewer than 3 letters, like "of") may begin vocabulary words.
  for (const word of NAME_WORDS) {
    mark(word);
    if (word.length >= 3) taken.add(word);
  }
  const conflict = (word: string) => begun.has(word) || Array.from({ length: word.length }, (_, i) => word.slice(0, i + 1)).some((start) => taken.has(start));
  const add = (word: string) => {
    words.push(word);
    taken.add(word);
    mark(word);
  };
  for (const word of [COMMON_WORD, ...DOMAIN_WORDS]) {
    if (!/^[a-z]+$/.test(word) || conflict(word)) throw new Error(`The synthetic word "${word}" is not plain, or begins or is begun by another word.`);
    add(word);
  }
  const random = createRandom(INVENTED_SEED);
  while (words.length < VOCABULARY_SIZE) {
    let word = "";
    for (let left = randomInt(random, 2, 3); left > 0; left--) word += pick(random, ONSETS) + pick(random, VOWELS) + pick(random, left > 1 ? INNER_CODAS : FINAL_CODAS);
    if (word.length >= 5 && word.length <= 12 && !conflict(word)) add(word);
  }
  return words;
}

/** The synthetic text's words, most frequent first: rank r is VOCABULARY[r - 1]. */
export const VOCABULARY: readonly string[] = buildVocabulary();

/** The word of a frequency rank (1 is COMMON_WORD), for benchmarks that search a common, a middling or a rare word. */
export function searchWordAtRank(rank: number): string {
  const word = VOCABULARY[rank - 1];
  if (!Number.isInteger(rank) || word === undefined) throw new Error(`No synthetic word has rank ${rank} (1 to ${VOCABULARY.length}).`);
  return word;
}

/** The weight each rank is drawn with: COMMON_WORD its share of all the words, then 1 / (rank + ZIPF_OFFSET). */
function rankWeights(): Float64Array {
  const weights = Float64Array.from({ length: VOCABULARY.length }, (_, i) => 1 / (i + 1 + ZIPF_OFFSET));
  const rest = weights.reduce((sum, weight, i) => (i === 0 ? sum : sum + weight), 0);
  weights[0] = (rest * COMMON_WORD_SHARE) / (1 - COMMON_WORD_SHARE);
  return weights;
}

const drawRank = createWeightedIndex(rankWeights());

/** One word of the synthetic text, by its frequency: one draw of `random`. */
export function drawWord(random: Random): string {
  return VOCABULARY[drawRank(random)]!;
}
