/**
 * X-Forwarded-Host, -Proto and -For describe the client only when a proxy of ours wrote them; any client
 * can send them too. CHRONICLE_TRUST_PROXY=1 declares that every request reaches the app through one
 * such proxy, which sets them (X-Forwarded-For appended to or replaced). Off by default.
 */
export function trustsProxy(): boolean {
  return process.env.CHRONICLE_TRUST_PROXY === "1";
}

const FORWARDING_HEADERS = ["forwarded", "x-forwarded-for", "x-forwarded-host", "x-forwarded-port", "x-forwarded-proto", "x-real-ip"];

/**
 * The request headers the app may believe. Without a trusted proxy the forwarding headers are dropped,
 * and Next.js writes its own from the connection (the socket's address, the Host header, the scheme it
 * serves) before the page or route handler runs. Behind one, X-Forwarded-For is cut to the entry that
 * proxy added, the last one: the entries before it are whatever the client sent.
 */
export function withTrustedForwarding(headers: Headers): Headers {
  const trusted = new Headers(headers);
  if (!trustsProxy()) {
    for (const name of FORWARDING_HEADERS) trusted.delete(name);
    return trusted;
  }
  const client = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  if (client) trusted.set("x-forwarded-for", client);
  return trusted;
}

/** The host the client addressed: the trusted proxy's X-Forwarded-Host, otherwise Host. */
export function servedHost(headers: Headers): string | null {
  const forwarded = trustsProxy() ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  return forwarded || headers.get("host");
}

/** Whether an Origin header names the host that served the request (an opaque "null" origin never does). */
export function isSameOrigin(origin: string, headers: Headers): boolean {
  const host = servedHost(headers);
  try {
    return host !== null && new URL(origin).host === host;
  } catch {
    return false;
  }
}
