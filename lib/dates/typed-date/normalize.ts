/** Dashes an article may put between two dates; the plain hyphen stays apart because ISO and numeric dates use it. */
const LONG_DASHES = /[\u2010-\u2015\u2212]/g;

/** Tidies the text while keeping its letter case, so that a time zone can be quoted as typed. */
export function tidyTypedText(text: string): string {
  return text
    .replace(LONG_DASHES, "–")
    .replace(/,/g, " ")
    .replace(/(\d{4}-\d{2}-\d{2})T(?=\d)/i, "$1 ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\.$/, "")
    .trim();
}

/** Lower case, no ordinal suffixes, and the prefixes "mid-" and "c.1850" split off into words of their own. */
export function normalizeDateText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(\d{1,2})(st|nd|rd|th)\b/g, "$1")
    .replace(/\b(early|mid|late)-(?=[a-z0-9])/g, "$1 ")
    .replace(/\b(c|ca)\.(?=\d)/g, "$1. ")
    .replace(/~(?=\d)/g, "~ ")
    .replace(/\s+/g, " ")
    .trim();
}
