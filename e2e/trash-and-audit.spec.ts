import fs from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { STORAGE, signInOverHttp } from "./support/auth";
import { createTestUser, uniqueTitle } from "./support/database";

interface CreatedEvent {
  id: number;
  title: string;
  version: number;
}

async function createEvent(request: APIRequestContext, data: Record<string, unknown>): Promise<CreatedEvent> {
  const response = await request.post("/api/v1/events", { data: { start: { precision: "month", value: "2019-07" }, status: "draft", ...data } });
  expect(response.status()).toBe(201);
  return (await response.json()).data;
}

async function readEvent(request: APIRequestContext, id: number) {
  const response = await request.get(`/api/v1/events/${id}`);
  return { status: response.status(), data: response.status() === 200 ? (await response.json()).data : null };
}

const trashRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(title) }) });

test.describe("an editor", () => {
  test.use({ storageState: STORAGE.editor });

  test("deletes an event, finds it in the trash and restores it with its sources and relations", async ({ page }) => {
    const target = await createEvent(page.request, { title: uniqueTitle("Trash relation target") });
    const title = uniqueTitle("Trash and restore");
    const event = await createEvent(page.request, {
      title,
      summary: "Kept through the trash",
      countryCodes: ["MY", "FR"],
      sources: [
        { publisher: "Bernama", title: "Talks resume", url: "https://www.bernama.com/en/" },
        { publisher: "AFP", url: "https://www.afp.com/" },
      ],
      relations: [{ type: "follows", targetId: target.id }],
    });
    const before = (await readEvent(page.request, event.id)).data;

    await page.goto(`/admin/events/${event.id}/edit`);
    await page.getByRole("button", { name: "Delete event" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin\\?deleted=${event.id}$`));

    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Trash" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Trash" })).toBeVisible();
    const row = trashRow(page, title);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(1)).toHaveText("E2E editor");
    // Purging is for admins: an editor has no such button.
    await expect(row.getByRole("button", { name: /^Purge/ })).toHaveCount(0);

    await row.getByRole("button", { name: `Restore “${title}”` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/trash\\?restored=${event.id}$`));
    await expect(page.getByRole("status").filter({ hasText: `Restored “${title}”.` })).toBeVisible();
    await expect(trashRow(page, title)).toHaveCount(0);

    const after = (await readEvent(page.request, event.id)).data;
    expect(after).toMatchObject({ deletedAt: null, version: 3, summary: "Kept through the trash" });
    expect(after.sources).toEqual(before.sources);
    expect(after.relations).toEqual([{ type: "follows", targetId: target.id }]);
    expect(after.countryCodes).toEqual(before.countryCodes);
  });
});

test.describe("an admin", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("purges a deleted event after confirming; the audit log shows it, filters by kind and exports it", async ({ page, baseURL }) => {
    const admin = await createTestUser("admin");
    // page.request shares the page's cookies: signing in over HTTP signs the page in too.
    await signInOverHttp(page.request, baseURL!, admin);
    const title = uniqueTitle("Purged for good");
    const event = await createEvent(page.request, { title });
    expect((await page.request.delete(`/api/v1/events/${event.id}?version=1`)).status()).toBe(200);

    await page.goto("/admin/trash");
    const row = trashRow(page, title);
    const purge = row.getByRole("button", { name: `Purge… “${title}”` });
    await purge.click();
    const confirmation = row.getByRole("group", { name: new RegExp(`^Purge “${title}” for good\\?`) });
    await expect(confirmation).toBeVisible();
    // The focus lands on Cancel, and Escape takes it back to where it was, purging nothing.
    await expect(confirmation.getByRole("button", { name: `Cancel purging “${title}”` })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(confirmation).toHaveCount(0);
    await expect(purge).toBeFocused();

    await purge.press("Enter");
    await row.getByRole("button", { name: `Purge “${title}” for good` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/trash\\?purged=${event.id}$`));
    await expect(page.getByRole("status").filter({ hasText: `Purged “${title}” for good.` })).toBeVisible();
    await expect(trashRow(page, title)).toHaveCount(0);
    expect((await readEvent(page.request, event.id)).status).toBe(404);

    // The log keeps every step, the event named though it is gone.
    await page.getByRole("link", { name: "Its entries in the audit log" }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/audit\\?event=${event.id}$`));
    const entries = page.getByRole("table", { name: "Audit log entries, newest first" }).getByRole("row");
    await expect(entries).toHaveCount(4);
    await expect(entries.nth(1)).toContainText("Purged an event for good");
    await expect(entries.nth(1)).toContainText(`“${title}” (purged)`);
    await expect(entries.nth(2)).toContainText("Deleted an event");
    await expect(entries.nth(3)).toContainText("Created an event");

    // Filters are a plain form in the URL: the kind, then a kind with none of this event's entries.
    await page.getByLabel("Kind").selectOption({ label: "Events" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/kind=event/);
    await expect(entries).toHaveCount(4);
    await page.getByLabel("Kind").selectOption({ label: "Sign-ins" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByText("No entry matches these filters.")).toBeVisible();
    // The admin's own sign-in is there, under the sign-ins of that person.
    await page.getByLabel("Event id").fill("");
    await page.getByLabel("Person").selectOption({ label: `E2E admin (${admin.email})` });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(entries.nth(1)).toContainText("Signed in");
    // A bad parameter is explained, never a server error.
    await page.goto("/admin/audit?kind=logins&from=2026-02-30");
    await expect(page.getByRole("alert").filter({ hasText: "“from” February 2026 has 28 days" })).toBeVisible();

    await page.goto(`/admin/audit?event=${event.id}&kind=event`);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^chronicle-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await fs.readFile((await download.path())!, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,time,action,action_label,actor_id,actor_email,actor_name,event_id,subject_id,address,detail");
    expect(lines.slice(1).map((line) => line.split(",")[2])).toEqual(["event.purge", "event.delete", "event.create"]);
    expect(lines[1]).toContain(title);
    expect(lines[1]).toContain(admin.email);
  });
});

test.describe("the trash and the audit log", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  // axe takes seconds per page on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test("have no serious accessibility violations, the purge confirmation open", async ({ page, baseURL }) => {
    const admin = await createTestUser("admin");
    await signInOverHttp(page.request, baseURL!, admin);
    const title = uniqueTitle("Accessible trash");
    const event = await createEvent(page.request, { title });
    expect((await page.request.delete(`/api/v1/events/${event.id}?version=1`)).status()).toBe(200);
    const expectNoSeriousViolations = async () => {
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
    };

    await page.goto("/admin/trash");
    await trashRow(page, title).getByRole("button", { name: `Purge… “${title}”` }).click();
    await expect(page.getByRole("button", { name: `Purge “${title}” for good` })).toBeVisible();
    await expectNoSeriousViolations();
    await page.goto(`/admin/audit?event=${event.id}&from=not-a-date`);
    await expect(page.getByRole("table", { name: "Audit log entries, newest first" })).toBeVisible();
    await expectNoSeriousViolations();
  });
});
