import type { ActorKind } from "../../lib/domain/event-vocabulary";

export const TOPICS = [
  { slug: "diplomacy", name: "Diplomacy" },
  { slug: "fintech", name: "Fintech" },
  { slug: "cbdc", name: "CBDC" },
  { slug: "digital-payments", name: "Digital payments" },
  { slug: "crypto-assets", name: "Crypto assets" },
  { slug: "digital-economy", name: "Digital economy" },
  { slug: "trade-investment", name: "Trade and investment" },
  { slug: "infrastructure", name: "Infrastructure" },
  { slug: "belt-and-road", name: "Belt and Road" },
  { slug: "energy", name: "Energy" },
  { slug: "defence", name: "Defence" },
  { slug: "education", name: "Education" },
  { slug: "culture", name: "Culture" },
] as const;

export const COUNTRIES = [
  { code: "MY", name: "Malaysia" },
  { code: "FR", name: "France" },
  { code: "CN", name: "China" },
  { code: "BR", name: "Brazil" },
] as const;

export const ACTORS: { slug: string; name: string; kind: ActorKind }[] = [
  { slug: "anwar-ibrahim", name: "Anwar Ibrahim", kind: "person" },
  { slug: "emmanuel-macron", name: "Emmanuel Macron", kind: "person" },
  { slug: "francois-bayrou", name: "François Bayrou", kind: "person" },
  { slug: "xi-jinping", name: "Xi Jinping", kind: "person" },
  { slug: "sultan-ibrahim", name: "Sultan Ibrahim", kind: "person" },
  { slug: "government-of-malaysia", name: "Government of Malaysia", kind: "government" },
  { slug: "government-of-france", name: "Government of France", kind: "government" },
  { slug: "government-of-china", name: "Government of China", kind: "government" },
  { slug: "bank-negara-malaysia", name: "Bank Negara Malaysia", kind: "central_bank" },
  { slug: "banque-de-france", name: "Banque de France", kind: "central_bank" },
  { slug: "kenanga-investment-bank", name: "Kenanga Investment Bank", kind: "company" },
  { slug: "ant-group", name: "Ant Group", kind: "company" },
  { slug: "huawei", name: "Huawei", kind: "company" },
  { slug: "alibaba", name: "Alibaba", kind: "company" },
  { slug: "bank-for-international-settlements", name: "Bank for International Settlements", kind: "international_body" },
  { slug: "asean", name: "ASEAN", kind: "international_body" },
  { slug: "brics", name: "BRICS", kind: "international_body" },
  { slug: "sorbonne-university", name: "Sorbonne University", kind: "organisation" },
];
