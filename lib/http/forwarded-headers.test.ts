import { afterEach, describe, expect, it, vi } from "vitest";
import { withTrustedForwarding } from "./forwarded-headers";

const sent = new Headers({ host: "localhost:3000", "x-forwarded-for": "203.0.113.9, 198.51.100.7", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https", "x-real-ip": "203.0.113.9" });

describe("withTrustedForwarding", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("drops every forwarding header by default, so Next.js fills them from the connection", () => {
    const kept = withTrustedForwarding(sent);
    expect([...kept.keys()]).toEqual(["host"]);
  });

  it("behind a trusted proxy keeps them, with X-Forwarded-For cut to the entry the proxy added", () => {
    vi.stubEnv("CHRONICLE_TRUST_PROXY", "1");
    const kept = withTrustedForwarding(sent);
    expect(kept.get("x-forwarded-for")).toBe("198.51.100.7");
    expect(kept.get("x-forwarded-host")).toBe("evil.test");
    expect(kept.get("x-forwarded-proto")).toBe("https");
  });
});
