/** Titles of reference events the tests look for (from shared/reference/events.md). */
export const REF = {
  sasana: "Bank Negara Malaysia hosts the Sasana Symposium",
  kenanga: "Kenanga Investment Bank partners with Ant Group on a financial super-app",
  webinars: "Banque de France hosts CBDC-focused webinars",
  franceVisit: "Anwar Ibrahim’s official visit to France",
  elysee: "Anwar–Macron meeting at the Élysée Palace",
  brics: "Anwar attends the BRICS Leaders Summit in Brazil",
  xiVisit: "Xi Jinping’s state visit to Malaysia",
  ecrl: "East Coast Rail Link (ECRL) relaunched after renegotiation",
  relations1974: "Malaysia–China diplomatic relations established",
  partnership2013: "Malaysia–China ties upgraded to a Comprehensive Strategic Partnership during Xi’s first visit",
  nexus: "Malaysia takes part in the BIS Project Nexus and the ASEAN QR-code payment integration",
  madani: "MADANI agenda: digital transition as a pillar of government policy",
} as const;
