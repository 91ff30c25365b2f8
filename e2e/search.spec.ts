import { expect, test, type Page } from "@playwright/test";
import { REF } from "./support/reference";

const row = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
const tableTitles = (page: Page) => page.getByRole("table").getByRole("link").allTextContents();

test("search finds an event by a word of its body and highlights it", async ({ page }) => {
  await page.goto("/events");
  await page.getByRole("searchbox", { name: "Search" }).fill("invalides");
  await page.getByRole("searchbox", { name: "Search" }).press("Enter");
  await expect(page).toHaveURL(/q=invalides/);
  await expect(page.getByRole("status").filter({ hasText: /events? match/ })).toContainText("1 event match");
  const match = row(page, REF.franceVisit);
  await expect(match.locator("mark")).toHaveText(["Invalides"]);
  await expect(match).toContainText("Official welcome at the Hôtel des Invalides");
});

test("search ignores accents, ranks title matches first and sorts by relevance", async ({ page }) => {
  await page.goto("/events?q=Elysee");
  await expect(page.getByLabel("Sort by")).toHaveValue("relevance");
  await expect.poll(() => tableTitles(page)).toEqual([REF.elysee, REF.franceVisit]);
  await expect(row(page, REF.franceVisit).locator("mark")).toHaveText(["Élysée"]);
});

test("search syntax typed by a reader never breaks the page", async ({ page }) => {
  for (const text of ['"NEAR(', "a:b*", "-'"]) {
    const response = await page.goto(`/events?q=${encodeURIComponent(text)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "No events match these filters" })).toBeVisible();
  }
});
