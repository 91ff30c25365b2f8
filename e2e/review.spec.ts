import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createDatabase, dropDatabase, seed, testDatabaseUrl } from "../tests/support/test-database";
import { signInOverHttp, STORAGE } from "./support/auth";
import { createTestUser, uniqueTitle } from "./support/database";
import { startPrivateServer, type PrivateServer } from "./support/private-server";

/** A queue entry, found by the event's title in its heading. */
const queueItem = (page: Page, title: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(title) }) });

async function signedIn(browser: Browser, baseURL: string, credentials: { email: string; password: string }) {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  await signInOverHttp(context.request, baseURL, { ...credentials, role: "editor" });
  return { context, page: await context.newPage() };
}

test.describe("review before publishing", () => {
  test.use({ storageState: STORAGE.editor });
  test.describe.configure({ timeout: 60_000 });

  test("an editor submits; a reviewer sends it back with a comment the editor reads, then publishes the resubmission", async ({ page, browser, baseURL }) => {
    const title = uniqueTitle("Submitted for review");
    const created = await page.request.post("/api/v1/events", { data: { title, start: { precision: "month", value: "2025-07" }, status: "in_review" } });
    expect(created.status()).toBe(201);
    const { id, slug } = (await created.json()).data as { id: number; slug: string };
    // Readers do not see what waits for review.
    const reader = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    expect((await reader.request.get(`/events/${slug}`)).status()).toBe(404);

    const reviewer = await signedIn(browser, baseURL!, await createTestUser("reviewer"));
    await reviewer.page.goto("/admin/review");
    const item = queueItem(reviewer.page, title);
    await expect(item).toContainText("Submitted for review");
    await expect(item).toContainText("New: never published");
    await expect(item.getByRole("row").filter({ has: reviewer.page.getByRole("rowheader", { name: "Title" }) })).toContainText(title);
    // Sending back needs a comment: without one, nothing happens but a message.
    await item.getByRole("button", { name: /^Send back/ }).click();
    await expect(item.getByRole("alert")).toContainText("Say what the editor should change");
    await item.getByLabel(/Comment for the editor/).fill("Name a source for the date.");
    await item.getByRole("button", { name: /^Send back/ }).click();
    await expect(queueItem(reviewer.page, title)).toHaveCount(0);

    await page.goto(`/admin/events/${id}/edit`);
    await expect(page.getByRole("note")).toContainText("Sent back by E2E reviewer");
    await expect(page.getByRole("note")).toContainText("“Name a source for the date.”");
    await expect(page.getByLabel("Status")).toHaveValue("draft");
    // Editors cannot choose to publish.
    await expect(page.getByLabel("Status").locator("option")).toHaveText(["Draft (editors only)", "In review (submit to a reviewer)"]);
    await page.getByRole("button", { name: "Add a source" }).click();
    await page.getByLabel("Publisher (required)").fill("Bernama");
    await page.getByLabel("Status").selectOption("in_review");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();

    await reviewer.page.goto("/admin/review");
    const again = queueItem(reviewer.page, title);
    await expect(again.getByRole("row").filter({ hasText: "Bernama" })).toBeVisible();
    await again.getByRole("button", { name: /^Publish/ }).click();
    await expect(queueItem(reviewer.page, title)).toHaveCount(0);

    const readerPage = await reader.newPage();
    await readerPage.goto(`/events/${slug}`);
    await expect(readerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.goto(`/admin/events/${id}/history`);
    await expect(page.getByRole("heading", { name: /^Version \d+: Published in review by E2E reviewer/ })).toBeVisible();
    await reader.close();
    await reviewer.context.close();
  });

  test("the review queue has no serious accessibility violations and reads on a phone", async ({ browser, baseURL, page }) => {
    const title = uniqueTitle("Accessible review");
    expect((await page.request.post("/api/v1/events", { data: { title, start: { precision: "year", value: "2024" }, status: "in_review" } })).status()).toBe(201);
    const reviewer = await signedIn(browser, baseURL!, await createTestUser("reviewer"));
    await reviewer.page.setViewportSize({ width: 390, height: 844 });
    await reviewer.page.goto("/admin/review");
    await expect(queueItem(reviewer.page, title)).toBeVisible();
    const results = await new AxeBuilder({ page: reviewer.page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    const overflow = await reviewer.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await reviewer.context.close();
  });
});

test.describe("edits to published events held for review", () => {
  test.describe.configure({ mode: "serial" });
  // Its own database: holding edits there must not hold them for the specs running beside this one.
  const databaseUrl = testDatabaseUrl("e2e_review");
  let server: PrivateServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await createDatabase(databaseUrl);
    seed(databaseUrl);
    server = await startPrivateServer(4, { DATABASE_URL: databaseUrl });
  });
  test.afterAll(async () => {
    await server?.stop();
    await dropDatabase(databaseUrl);
  });

  test("an editor's change waits while readers still see the published version, then a reviewer approves it", async ({ browser }) => {
    test.setTimeout(90_000);
    const admin = await signedIn(browser, server.baseURL, { email: "admin@chronicle.test", password: "chronicle-demo-admin" });
    await admin.page.goto("/admin/settings");
    await admin.page.getByLabel("Editors' changes to published events wait for review").check();
    await admin.page.getByRole("button", { name: "Save settings" }).click();
    await expect(admin.page.getByRole("status")).toHaveText("Settings saved.");

    const reader = await browser.newContext({ baseURL: server.baseURL, storageState: { cookies: [], origins: [] } });
    const found = (await (await reader.request.get("/api/v1/events?q=Sasana")).json()).data[0] as { id: number; slug: string; title: string };
    const readerPage = await reader.newPage();

    const editor = await signedIn(browser, server.baseURL, { email: "editor@chronicle.test", password: "chronicle-demo-editor" });
    // The presence heartbeat starts once the form has hydrated: typing before that can be lost or doubled.
    const hydrated = editor.page.waitForResponse((response) => response.url().endsWith(`/api/v1/events/${found.id}/presence`));
    await editor.page.goto(`/admin/events/${found.id}/edit`);
    await hydrated;
    await editor.page.getByLabel("Summary").fill("A summary that waits for review.");
    await editor.page.getByLabel("Reason for this change").fill("Clearer summary");
    await editor.page.getByRole("button", { name: "Submit change for review" }).click();
    await expect(editor.page.getByRole("status").filter({ hasText: "Sent for review at" })).toBeVisible();
    await editor.page.reload();
    await expect(editor.page.getByText("Your change has waited for review since")).toBeVisible();
    await expect(editor.page.getByLabel("Summary")).toHaveValue("A summary that waits for review.");

    await readerPage.goto(`/events/${found.slug}`);
    await expect(readerPage.getByRole("heading", { level: 1, name: found.title })).toBeVisible();
    await expect(readerPage.getByText("A summary that waits for review.")).toHaveCount(0);

    await admin.page.goto("/admin/review");
    const item = queueItem(admin.page, found.title);
    await expect(item).toContainText("Change to a published event");
    await expect(item).toContainText("by Demo Editor");
    await expect(item).toContainText("“Clearer summary”");
    await expect(item.getByRole("row").filter({ has: admin.page.getByRole("rowheader", { name: "Summary" }) })).toContainText("A summary that waits for review.");
    await item.getByRole("button", { name: /^Approve change/ }).click();
    await expect(queueItem(admin.page, found.title)).toHaveCount(0);

    await readerPage.reload();
    await expect(readerPage.getByText("A summary that waits for review.")).toBeVisible();
    await admin.page.goto(`/admin/events/${found.id}/history`);
    await expect(admin.page.getByRole("heading", { name: /^Version \d+: Approved a pending change in review by Demo Admin/ })).toBeVisible();
    await Promise.all([admin.context.close(), editor.context.close(), reader.close()]);
  });
});
