import { foldForSlug } from "@/lib/schemas/slugify";

/** Names people write that the English region names do not give. */
const ALIASES: Record<string, string> = {
  usa: "US", "united states of america": "US", america: "US", uk: "GB", britain: "GB", "great britain": "GB",
  turkey: "TR", "czech republic": "CZ", "ivory coast": "CI", burma: "MM", macedonia: "MK", swaziland: "SZ",
  "east timor": "TL", holland: "NL", "korea republic of": "KR", "republic of korea": "KR", prc: "CN", "peoples republic of china": "CN",
};

/**
 * Codes the runtime still names but ISO 3166 no longer gives a country (FX "France", DD "Germany", UK "United
 * Kingdom", SU, YU, …) or that are not countries (EU, UN, QO, the pseudo-regions): each would take its country's name.
 */
const NOT_CURRENT_COUNTRIES = new Set(["AN", "BU", "CS", "CT", "DD", "DY", "EU", "EZ", "FQ", "FX", "HV", "JT", "MI", "NH", "NQ", "NT", "PC", "PU", "PZ", "QO", "QU", "RH", "SU", "TP", "UK", "UN", "VD", "WK", "XA", "XB", "YD", "YU", "ZR"]);

const nameKey = (name: string) => foldForSlug(name).replace(/[^a-z0-9]+/g, " ").trim();

let byName: Map<string, string> | null = null;

/** English region names from the runtime's own data ("Malaysia" → MY, "Myanmar (Burma)" → MM, also "Burma"). */
function regionNames(): Map<string, string> {
  if (byName) return byName;
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
  const names = new Map<string, string>(Object.entries(ALIASES));
  for (let first = 65; first <= 90; first++) {
    for (let second = 65; second <= 90; second++) {
      const code = String.fromCharCode(first, second);
      if (NOT_CURRENT_COUNTRIES.has(code)) continue;
      const name = display.of(code);
      if (!name) continue;
      names.set(nameKey(name), code);
      const [outside, inside] = name.split(/\s*\(|\)/);
      if (inside) {
        names.set(nameKey(outside!), code);
        names.set(nameKey(inside), code);
      }
    }
  }
  byName = names;
  return names;
}

/** A country as a CSV cell gives it, by ISO 3166 code ("my") or English name ("Malaysia"), as its code. */
export function readCountry(text: string): { ok: true; code: string } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (/^[a-z]{2}$/i.test(trimmed)) return { ok: true, code: trimmed.toUpperCase() };
  const code = regionNames().get(nameKey(trimmed));
  if (code) return { ok: true, code };
  return { ok: false, message: `“${trimmed}” is not a country Chronicle recognises; give its two-letter ISO 3166 code, like MY for Malaysia.` };
}
