export const DEFAULT_AFTER_SIGN_IN = "/admin";

/**
 * Where to go after signing in: only a path on this site ("/admin/events/3/edit?x=1"). Anything that
 * could leave the site ("//evil.test", "https://…", "/\\evil.test") falls back to the admin page.
 */
export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length > 2_000) return DEFAULT_AFTER_SIGN_IN;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f\\]/.test(next)) return DEFAULT_AFTER_SIGN_IN;
  try {
    const url = new URL(next, "http://chronicle.invalid");
    if (url.origin !== "http://chronicle.invalid") return DEFAULT_AFTER_SIGN_IN;
    if (url.pathname === "/sign-in") return DEFAULT_AFTER_SIGN_IN;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
}
