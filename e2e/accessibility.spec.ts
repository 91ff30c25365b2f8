import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "./support/auth";

// axe takes seconds per page on a busy 2-core machine.
test.describe.configure({ timeout: 60_000 });

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

const publicPages = [
  ["timeline", "/"],
  ["timeline, filtered", "/?topic=diplomacy&from=2025"],
  ["events table", "/events"],
  ["events table, no results", "/events?q=zzzz-no-match"],
  ["event page", "/events/anwar-official-visit-france-2025"],
  ["dashboard", "/dashboard"],
  ["dashboard, period", "/dashboard?from=2025-04&to=2025-07"],
  ["sign-in", "/sign-in"],
  ["actor page", "/actors/anwar-ibrahim"],
  ["country page", "/countries/FR"],
  ["topic page", "/topics/diplomacy"],
  ["search results", "/events?q=elysee"],
  ["invitation link that does not work", "/invite/not-a-real-invitation-token-at-all-0000000"],
] as const;

for (const [name, path] of publicPages) {
  test(`${name} has no serious accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("main")).toBeVisible();
    await page.waitForLoadState("networkidle");
    await expectNoSeriousViolations(page);
  });
}

test.describe("editor pages", () => {
  test.use({ storageState: STORAGE.editor });
  for (const [name, path] of [["admin", "/admin"], ["new event form", "/admin/events/new"], ["saved views", "/views"], ["event page with its history", "/events/anwar-official-visit-france-2025"]] as const) {
    test(`${name} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }
});

test.describe("admin pages", () => {
  test.use({ storageState: STORAGE.admin });
  for (const [name, path] of [["accounts", "/admin/users"], ["settings", "/admin/settings"]] as const) {
    test(`${name} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoSeriousViolations(page);
    });
  }
});

test.describe("an event's history and bringing a version back", () => {
  test.use({ storageState: STORAGE.editor });
  test("has no serious accessibility violations", async ({ page }) => {
    const created = await page.request.post("/api/v1/events", { data: { title: `History a11y ${Date.now()}`, start: { precision: "year", value: "2024" } } });
    const { id } = (await created.json()).data as { id: number };
    const current = (await (await page.request.get(`/api/v1/events/${id}`)).json()).data;
    expect((await page.request.patch(`/api/v1/events/${id}`, { data: { ...current, summary: "Changed once" } })).status()).toBe(200);
    await page.goto(`/admin/events/${id}/history`);
    await expect(page.getByRole("heading", { name: /^Version 2: Edited/ })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.goto(`/admin/events/${id}/history/1`);
    await expect(page.getByRole("button", { name: "Bring back version 1" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});

test.describe("on a phone-sized screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  for (const path of ["/", "/events", "/dashboard"]) {
    test(`${path} has no serious accessibility violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("main")).toBeVisible();
      await page.waitForLoadState("networkidle");
      await expectNoSeriousViolations(page);
    });
  }
});
