/** The address when it is a full http(s) web address, else null: only such an address can be a source. */
export function webAddress(text: string): string | null {
  const trimmed = text.trim();
  try {
    const url = new URL(trimmed);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname ? trimmed : null;
  } catch {
    return null;
  }
}

/**
 * A publisher's name for a source the file gives only an address for: its site ("www.reuters.com" → "reuters.com").
 * Every source needs a publisher, and the site is what the address itself says.
 */
export function publisherFromAddress(address: string): string {
  return new URL(address).hostname.replace(/^www\./, "");
}
