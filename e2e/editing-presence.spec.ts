import { randomBytes } from "node:crypto";
import { expect, test, type Browser } from "@playwright/test";
import { signInOverHttp } from "./support/auth";
import { createTestUser, uniqueTitle, type TestUser } from "./support/database";

async function editorNamed(name: string): Promise<TestUser> {
  const user = await createTestUser("editor");
  const { db } = await import("@/lib/db/client");
  // createTestUser names every editor alike; the notices must tell these two apart.
  await db.user.update({ where: { email: user.email }, data: { name } });
  return user;
}

/** A browser of its own (cookies included) per editor: two people, not two tabs of one. */
async function signedInContext(browser: Browser, baseURL: string, user: TestUser) {
  const context = await browser.newContext({ baseURL });
  await signInOverHttp(context.request, baseURL, user);
  return context;
}

test("two editors with one event open see each other's name, and the notice goes soon after one closes the page", async ({ browser, baseURL }) => {
  test.setTimeout(60_000);
  const suffix = randomBytes(3).toString("hex");
  const [anaName, benName] = [`Ana Presence ${suffix}`, `Ben Presence ${suffix}`];
  const [ana, ben] = await Promise.all([editorNamed(anaName), editorNamed(benName)]);
  const [anaContext, benContext] = await Promise.all([signedInContext(browser, baseURL!, ana), signedInContext(browser, baseURL!, ben)]);

  const created = await anaContext.request.post("/api/v1/events", { data: { title: uniqueTitle("Edited by two"), start: { precision: "month", value: "2019-07" }, status: "draft" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data as { id: number };

  const anaPage = await anaContext.newPage();
  const anaFirstBeat = anaPage.waitForResponse((response) => response.url().endsWith(`/api/v1/events/${id}/presence`) && response.request().method() === "POST");
  await anaPage.goto(`/admin/events/${id}/edit`);
  expect(await (await anaFirstBeat).json()).toEqual({ data: { others: [] } });
  await expect(anaPage.getByText("also editing this event")).toHaveCount(0);

  const benPage = await benContext.newPage();
  await benPage.goto(`/admin/events/${id}/edit`);
  const benNotice = benPage.getByRole("status").filter({ hasText: `${anaName} is also editing this event (since ` });
  await expect(benNotice).toBeVisible();
  await expect(benNotice).toContainText("Save often: if you both change the same field, you will choose which to keep.");
  await expect(benNotice).toHaveText(new RegExp(`\\(since \\d{2}:\\d{2}\\)\\.`));

  // Ana learns of Ben at her next heartbeat, at most 10 s later.
  const anaNotice = anaPage.getByRole("status").filter({ hasText: `${benName} is also editing this event (since ` });
  await expect(anaNotice).toBeVisible({ timeout: 15_000 });
  await expect(anaNotice).not.toContainText(anaName);

  // Closing the tab sends a leave beacon: Ana's next heartbeat no longer names Ben, well before his row would expire.
  await benPage.close({ runBeforeUnload: true });
  await expect(async () => {
    await expect(anaPage.getByText(`${benName} is also editing`)).toHaveCount(0);
  }).toPass({ timeout: 15_000 });
  await expect(anaPage.getByRole("button", { name: "Save changes" })).toBeVisible();

  await Promise.all([anaContext.close(), benContext.close()]);
});
