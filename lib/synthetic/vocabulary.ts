/** Word lists for synthetic events. Invented names only: synthetic data must never pass for real reporting. */

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

export const VERBS = [
  "signs agreement with", "meets", "announces partnership with", "opens talks with", "launches joint programme with",
  "suspends cooperation with", "hosts", "visits", "invests in", "criticises", "renews accord with", "welcomes",
] as const;

export const SUBJECTS = [
  "on payment interoperability", "on rail financing", "on semiconductor supply", "on renewable power",
  "on digital identity", "on port expansion", "on student exchange", "on tariff reductions",
  "on cybersecurity standards", "on climate adaptation", "on stablecoin rules", "on visa exemption",
] as const;

export const PUBLISHERS = [
  "The Harbour Times", "Meridian Daily", "Asia Ledger", "Continental Wire", "The Monsoon Review",
  "Capital Observer", "Northwind News", "Policy Brief Weekly",
] as const;

export const BODY_WORDS = [
  "ministers", "agreement", "framework", "pilot", "financing", "tariff", "corridor", "settlement",
  "regulators", "consortium", "memorandum", "delegation", "summit", "negotiation", "infrastructure",
  "interoperability", "ledger", "tokenised", "deposits", "logistics", "railway", "grid", "turbine",
  "scholarship", "exchange", "cooperation", "sanctions", "inflation", "bond", "currency",
] as const;
