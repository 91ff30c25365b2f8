import { afterEach, describe, expect, it, vi } from "vitest";
import { rejectCrossSite } from "./check-same-origin";

const post = (headers: Record<string, string>) => new Request("http://localhost:3000/api/v1/events", { method: "POST", headers: { host: "localhost:3000", ...headers } });
const status = (headers: Record<string, string>) => rejectCrossSite(post(headers))?.status ?? "passes";

describe("rejectCrossSite", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("lets same-site requests and requests without an Origin through", () => {
    expect(status({ origin: "http://localhost:3000" })).toBe("passes");
    expect(status({})).toBe("passes");
  });

  it("refuses a foreign or opaque Origin, whatever X-Forwarded-Host claims, by default", () => {
    expect(status({ origin: "https://evil.test" })).toBe(403);
    expect(status({ origin: "null" })).toBe(403);
    expect(status({ origin: "https://evil.test", "x-forwarded-host": "evil.test" })).toBe(403);
  });

  it("behind a trusted proxy, compares with the host the proxy says the client addressed", () => {
    vi.stubEnv("CHRONICLE_TRUST_PROXY", "1");
    expect(status({ origin: "https://chronicle.example", "x-forwarded-host": "chronicle.example" })).toBe("passes");
    expect(status({ origin: "http://localhost:3000", "x-forwarded-host": "chronicle.example" })).toBe(403);
  });
});
