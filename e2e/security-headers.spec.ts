import { expect, test } from "@playwright/test";
import { createTestUser } from "./support/database";

function directives(policy: string | undefined): Map<string, string[]> {
  return new Map((policy ?? "").split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

const SHARED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test("pages carry a nonce-based content security policy and the framing, sniffing and referrer headers", async ({ request }) => {
  const first = await request.get("/events");
  expect(first.status()).toBe(200);
  expect(first.headers()).toMatchObject(SHARED);
  const csp = directives(first.headers()["content-security-policy"]);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);
  expect(csp.get("img-src")).toEqual(expect.arrayContaining(["'self'", "data:"]));
  const scripts = csp.get("script-src") ?? [];
  expect(scripts).not.toContain("'unsafe-inline'");
  const nonce = scripts.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
  expect(nonce).toBeTruthy();
  // Every script of the page carries this response's nonce, and the next response has another one.
  const html = await first.text();
  const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scriptTags.length).toBeGreaterThan(0);
  for (const tag of scriptTags) expect(tag).toContain(`nonce="${nonce}"`);
  const second = await request.get("/events");
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);
});

test("API responses, errors and redirects carry the same headers", async ({ request }) => {
  for (const response of [
    await request.get("/api/v1/events?pageSize=1"),
    await request.get("/api/v1/events?colour=red"),
    await request.post("/api/v1/events", { data: {} }),
    // The import uploads skip proxy.ts (it would hold their bodies in memory); next.config.js gives them the policy.
    await request.post("/api/v1/imports?fileName=a.csv", { data: "Title,Date\nA,2025\n" }),
    await request.post("/api/v1/imports/preview", { data: "" }),
    await request.get("/no-such-page"),
    await request.get("/admin", { maxRedirects: 0 }),
  ]) {
    expect(response.headers(), response.url()).toMatchObject(SHARED);
    expect(directives(response.headers()["content-security-policy"]).get("frame-ancestors"), response.url()).toEqual(["'none'"]);
  }
});

test("the pages work under the policy: nothing is refused in the browser", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Events", exact: true }).first().click();
  await expect(page).toHaveURL(/\/events/);
  await expect(page.getByRole("table")).toBeVisible();
  expect(refused).toEqual([]);
});

test("over plain HTTP the session cookie is not marked Secure, so the browser sends it back", async ({ request, baseURL }) => {
  const user = await createTestUser("viewer");
  const response = await request.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password }, headers: { origin: baseURL! } });
  expect(response.status()).toBe(200);
  const session = response.headersArray().find((h) => h.name.toLowerCase() === "set-cookie" && /session_token=/.test(h.value));
  expect(session?.value).toMatch(/^better-auth\.session_token=/);
  expect(session?.value).toMatch(/HttpOnly/i);
  expect(session?.value).not.toMatch(/;\s*Secure/i);
});
