/** Where a search-as-you-type stands, as the form's pickers report it. */
export type PickerSearchStatus =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "error" }
  | { status: "done"; q: string; shown: number; total: number; totalExact: boolean };

export interface Noun {
  one: string;
  many: string;
}

const count = (n: number) => n.toLocaleString("en");

/** The sentence the picker's live region says (politely) as results arrive; empty before anything is typed. */
export function describeSearchStatus(search: PickerSearchStatus, noun: Noun): string {
  if (search.status === "idle") return "";
  if (search.status === "loading") return `Searching ${noun.many}…`;
  if (search.status === "error") return `${capitalise(noun.many)} could not be searched. Try again.`;
  if (search.total === 0 || search.shown === 0) return `No ${noun.many} match “${search.q}”`;
  if (search.totalExact && search.total <= search.shown) return `${count(search.total)} ${search.total === 1 ? noun.one : noun.many} found`;
  const total = search.totalExact ? count(search.total) : `${count(search.total)}+`;
  return `Showing ${count(search.shown)} of ${total} ${noun.many} found — type more to narrow`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
