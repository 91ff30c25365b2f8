import type { FacetOption } from "./checkbox-facet";

/** Selected actors first (by name, always listed, even when the search did not return them), then the others in their order. */
export function listPickerOptions(selected: readonly string[], names: ReadonlyMap<string, string>, pool: readonly FacetOption[]): FacetOption[] {
  const chosen = selected
    .map((value) => ({ value, label: names.get(value) ?? value }))
    .sort((a, b) => a.label.localeCompare(b.label, "en"));
  const chosenSet = new Set(selected);
  return [...chosen, ...pool.filter((option) => !chosenSet.has(option.value))];
}

export type PickerSearch =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error" }
  | { status: "done"; q: string; shown: number; total: number };

const count = (n: number) => n.toLocaleString("en");

/** The sentence a screen reader hears (politely) when the list changes. */
export function describePickerStatus(search: PickerSearch, listed: number, total: number): string {
  if (search.status === "idle") return `Showing ${count(listed)} of ${count(total)} actors — type to find others`;
  if (search.status === "loading") return "Searching actors…";
  if (search.status === "error") return "Actors could not be searched. Try again.";
  if (search.total === 0) return `No actor matches “${search.q}”`;
  if (search.total <= search.shown) return `${count(search.total)} ${search.total === 1 ? "actor matches" : "actors match"} “${search.q}”`;
  return `Showing ${count(search.shown)} of ${count(search.total)} actors matching “${search.q}” — type more to narrow`;
}
