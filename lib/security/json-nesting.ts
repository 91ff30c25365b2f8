/**
 * Whether JSON text (or text holding JSON values, like a multipart body) opens more than `limit`
 * arrays or objects inside each other. Decoders recurse per level, so a body nested 100,000 deep
 * overflows the stack; this counts without recursing and stops at the first level too deep.
 * Brackets inside strings do not count; a string never spans a line in JSON, so a stray quote in
 * non-JSON text (a multipart header, a raw form field) cannot hide the lines after it.
 */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      inString = false;
    } else if (inString) {
      if (c === 92) i++; // a backslash escapes the next character
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if ((c === 93 || c === 125) && depth > 0) {
      depth--;
    }
  }
  return false;
}
