import fs from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { uniqueTitle } from "./support/database";
import { startPrivateServer, type PrivateServer } from "./support/private-server";

// Server actions are POSTs to a page with a Next-Action header; this one is the header's "Save this view".
function actionId(name: string): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === name);
  if (!found) throw new Error(`No server action ${name} in this build`);
  return found[0];
}

/** The body React sends for createSavedViewAction({ name, path: "/", query: "" }). */
const saveViewBody = (name: string) => JSON.stringify([{ name, path: "/", query: "" }]);

async function savedViewNames(request: APIRequestContext): Promise<string[]> {
  const response = await request.get("/api/v1/views");
  expect(response.ok()).toBe(true);
  return ((await response.json()).data as { name: string }[]).map((view) => view.name);
}

test.describe.configure({ mode: "default" });
test.use({ storageState: STORAGE.editor });

let server: PrivateServer;
test.beforeAll(async () => {
  server = await startPrivateServer(2, { CHRONICLE_DISABLE_RATE_LIMIT: "1" });
});
test.afterAll(async () => {
  await server?.stop();
});

test("malformed or foreign server-action calls get a 4xx, write nothing and log no server error", async ({ request }) => {
  const post = (headers: Record<string, string>, data: string | Buffer) =>
    request.post(`${server.baseURL}/`, {
      headers: { "next-action": actionId("createSavedViewAction"), origin: server.baseURL, "content-type": "text/plain;charset=UTF-8", ...headers },
      data,
      maxRedirects: 0,
    });
  const refused: string[] = [];
  const cases: [string, Record<string, string>, string | Buffer, number][] = [
    ["foreign Origin", { origin: "https://evil.test" }, saveViewBody(uniqueTitle("foreign")), 403],
    ["null Origin", { origin: "null" }, saveViewBody(uniqueTitle("null origin")), 403],
    ["foreign Origin with a matching X-Forwarded-Host", { origin: "https://evil.test", "x-forwarded-host": "evil.test" }, saveViewBody(uniqueTitle("forwarded")), 403],
    ["body over 1 MB", {}, JSON.stringify([{ name: uniqueTitle("big"), path: "/", query: "", pad: "x".repeat(1_100_000) }]), 413],
    ["JSON content type", { "content-type": "application/json" }, saveViewBody(uniqueTitle("json")), 400],
    ["text that is not JSON", {}, "{not json", 400],
    ["array nested 100,000 deep", {}, `${"[".repeat(100_000)}${"]".repeat(100_000)}`, 400],
    ["multipart that is not multipart", { "content-type": "multipart/form-data; boundary=xyz" }, "garbage", 400],
  ];
  for (const [label, headers, data, status] of cases) {
    const response = await post(headers, data);
    expect(response.status(), label).toBe(status);
    if (typeof data === "string" && data.startsWith("[{")) refused.push(JSON.parse(data)[0].name);
  }

  const accepted = uniqueTitle("same-site view");
  const ok = await post({}, saveViewBody(accepted));
  expect(ok.status()).toBe(200);

  const names = await savedViewNames(request);
  expect(names).toContain(accepted);
  for (const name of refused) expect(names).not.toContain(name);
  expect(server.log()).not.toMatch(/⨯|Error|error/);
});
