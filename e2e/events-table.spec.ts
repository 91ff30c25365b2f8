import { expect, test, type Page } from "@playwright/test";
import { REF } from "./support/reference";

/** The titles in the table, in order: the title is the only link in a row. */
const tableTitles = (page: Page) => page.getByRole("table").getByRole("link").allTextContents();
const row = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const resultCount = (page: Page) => page.getByRole("status").filter({ hasText: /\d+ events?/ });

test("the reference events appear in the table with their real dates", async ({ page }) => {
  await page.goto("/events?size=50");
  // Other tests add events in parallel; the sixteen reference events are always there.
  expect(Number((await resultCount(page).textContent())!.match(/(\d+) events?/)![1])).toBeGreaterThanOrEqual(16);
  for (const [title, date] of [
    [REF.sasana, "27–28 June 2025"],
    [REF.franceVisit, "3–4 July 2025"],
    [REF.elysee, "4 July 2025"],
    [REF.ecrl, "July 2019"],
    [REF.webinars, "Summer 2025"],
    [REF.relations1974, "31 May 1974"],
    [REF.partnership2013, "2013"],
    [REF.nexus, "Ongoing"],
  ] as const) {
    await expect(row(page, title)).toContainText(date);
  }
  const titles = await tableTitles(page);
  expect(titles.indexOf(REF.relations1974)).toBeLessThan(titles.indexOf(REF.ecrl));
  expect(titles.indexOf(REF.ecrl)).toBeLessThan(titles.indexOf(REF.xiVisit));
  expect(titles.indexOf(REF.sasana)).toBeLessThan(titles.indexOf(REF.franceVisit));
});

test("filtering by topic shows exactly the events with that topic", async ({ page }) => {
  await page.goto("/events");
  await filters(page).locator("summary", { hasText: "Topics" }).click();
  await page.getByRole("checkbox", { name: "CBDC" }).check();
  await expect(page).toHaveURL(/topic=cbdc/);
  await expect(resultCount(page)).toContainText("3 events match");
  await expect.poll(async () => (await tableTitles(page)).sort()).toEqual([REF.webinars, REF.sasana, REF.nexus].sort());
});

test("filtering by period keeps exactly the events that may have happened in it", async ({ page }) => {
  await page.goto("/events");
  await filters(page).getByLabel("From", { exact: true }).fill("2025-06");
  await filters(page).getByLabel("To", { exact: true }).fill("June 2025");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2025-06/);
  // June 2025: the symposium, the Kenanga deal, the summer webinars, and the two ongoing events without a known start.
  await expect(resultCount(page)).toContainText("5 events match");
  await expect.poll(async () => (await tableTitles(page)).sort()).toEqual([REF.sasana, REF.kenanga, REF.webinars, REF.nexus, REF.madani].sort());
});

test("an impossible period date gets a message next to the field and changes nothing", async ({ page }) => {
  await page.goto("/events");
  await filters(page).getByLabel("From", { exact: true }).fill("2025-02-31");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByText("February 2025 has 28 days; day 31 does not exist.")).toBeVisible();
  await expect(page).not.toHaveURL(/from=/);
});

test("a copied link reopens the same view and Back steps through filter changes", async ({ page, browser }) => {
  await page.goto("/events");
  await filters(page).locator("summary", { hasText: "Countries" }).click();
  await page.getByRole("checkbox", { name: "France" }).check();
  await expect(page).toHaveURL(/country=FR/);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("checkbox", { name: "France" })).toBeHidden();
  await filters(page).getByLabel("Importance").selectOption("4");
  await expect(page).toHaveURL(/importance=4/);
  // France, importance 4 or more: the visit and the Élysée meeting (the webinars are importance 2).
  await expect.poll(() => tableTitles(page)).toEqual([REF.franceVisit, REF.elysee]);
  await page.getByRole("button", { name: /^Date/ }).click();
  await expect(page).toHaveURL(/sort=-date/);
  await expect.poll(() => tableTitles(page)).toEqual([REF.elysee, REF.franceVisit]);
  const titles = await tableTitles(page);

  const copied = page.url();
  const other = await browser.newPage();
  await other.goto(copied);
  await expect.poll(() => tableTitles(other)).toEqual(titles);
  await filters(other).locator("summary", { hasText: "Countries" }).click();
  await expect(other.getByRole("checkbox", { name: "France" })).toBeChecked();
  await expect(filters(other).getByLabel("Importance")).toHaveValue("4");
  await other.close();

  await page.goBack();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(page).toHaveURL(/importance=4/);
  await page.goBack();
  await expect(page).not.toHaveURL(/importance=/);
  await expect(page).toHaveURL(/country=FR/);
  await expect(filters(page).getByLabel("Importance")).toHaveValue("");
});

test("a bad filter in the URL is explained, and the rest of the view still works", async ({ page }) => {
  await page.goto("/events?topic=no-such-topic&country=FR");
  await expect(page.getByRole("alert").filter({ hasText: "could not be used" })).toContainText("Unknown topic: no-such-topic");
  await expect(page.getByRole("table").getByRole("link", { name: REF.franceVisit })).toBeVisible();
});
