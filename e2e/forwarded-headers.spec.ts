import http from "node:http";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { createTestUser } from "./support/database";
import { startPrivateServer, type PrivateServer } from "./support/private-server";

test.describe("without a trusted proxy (the default)", () => {
  test.use({ storageState: STORAGE.editor });

  test("X-Forwarded-Host cannot make a foreign Origin look like this site", async ({ request }) => {
    const count = async () => (await (await request.get("/api/v1/events?status=any")).json()).meta.total as number;
    const before = await count();
    const response = await request.post("/api/v1/events", {
      headers: { origin: "https://evil.test", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https" },
      data: {
        title: "Forwarded from elsewhere", summary: "", body: "", start: { precision: "month", value: "2019-07" }, end: { precision: "none", value: "" },
        approximate: false, importance: 3, status: "published", topicIds: [], actorIds: [], countryCodes: [], sources: [], relations: [],
      },
    });
    expect(response.status()).toBe(403);
    expect(await count()).toBe(before);
  });
});

test.describe("sign-in rate limit, with limits on", () => {
  test.describe.configure({ mode: "default" });
  let server: PrivateServer;
  test.beforeAll(async () => {
    server = await startPrivateServer(1);
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  /** A sign-in attempt sent from `localAddress` (any 127.x address is this machine) claiming to be forwarded for `forwardedFor`. */
  function signIn(email: string, password: string, localAddress: string, forwardedFor: string): Promise<number> {
    const body = JSON.stringify({ email, password });
    const url = new URL("/api/auth/sign-in/email", server.baseURL);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: "127.0.0.1",
          port: url.port,
          path: url.pathname,
          method: "POST",
          localAddress,
          headers: { host: url.host, origin: server.baseURL, "content-type": "application/json", "content-length": Buffer.byteLength(body), "x-forwarded-for": forwardedFor },
        },
        (res) => {
          res.resume();
          res.on("end", () => resolve(res.statusCode ?? 0));
        },
      );
      req.on("error", reject);
      req.end(body);
    });
  }
  const randomAddress = () => `198.51.100.${randomBytes(1)[0]}`;

  test("one account: after 5 failures it is locked, whatever address the next attempt claims or comes from, and the log says so", async () => {
    const user = await createTestUser("editor");
    const statuses = [];
    for (const from of ["127.0.0.10", "127.0.0.11", "127.0.0.12", "127.0.0.13", "127.0.0.14", "127.0.0.15"]) statuses.push(await signIn(user.email, "wrong password", from, randomAddress()));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Locked even with the right password.
    expect(await signIn(user.email, user.password, "127.0.0.16", randomAddress())).toBe(429);
    const { db } = await import("@/lib/db/client");
    const entries = await db.auditEntry.findMany({ where: { actorEmail: user.email }, orderBy: { id: "asc" }, select: { action: true, address: true } });
    expect(entries.map((e) => e.action)).toEqual([...Array(5).fill("sign_in.failed"), "sign_in.locked", "sign_in.locked"]);
    expect(entries[0]!.address).toContain("127.0.0.10");
  });

  test("one client: a different X-Forwarded-For on each attempt does not buy more attempts", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await signIn(`nobody-${randomBytes(4).toString("hex")}@e2e.test`, "wrong password", "127.0.0.6", randomAddress()));
    expect(statuses).toEqual([401, 401, 401, 429]);
  });
});
