import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/auth";
import "./support/database";

// Synthetic events are drafts dated 1900–1930, so only editors see them and no other test's view
// (the reference events of 1974–2025, seen anonymously) changes.
test.use({ storageState: STORAGE.editor });
// One worker inserts the events once for both tests (parallel beforeAll hooks would race on the same rows).
test.describe.configure({ mode: "serial" });

let slugs: string[] = [];
test.beforeAll(async () => {
  const { insertSyntheticEvents } = await import("../tests/integration/timeline-synthetic-events");
  slugs = await insertSyntheticEvents({ count: 400, seed: 23, status: "draft", fromYear: 1900, toYear: 1930 });
});
test.afterAll(async () => {
  const { removeTestEvents } = await import("../tests/integration/event-fixtures");
  await removeTestEvents(slugs);
});

const timeline = (page: import("@playwright/test").Page) => page.getByRole("group", { name: /^Timeline,/ });

test("zooming out over the synthetic data shows density, zooming in shows items", async ({ page }) => {
  await page.goto("/?start=1900&end=1930&lanes=topic");
  await expect(page.getByText(/drawn as density/)).toBeVisible();
  await expect(page.getByTestId("density-strip").first()).toBeVisible();
  await expect(page.getByText(/each bar counts the events that/)).toBeVisible();
  // Never more than a few hundred drawn items and bars together.
  expect(await timeline(page).locator("a, svg").count()).toBeLessThan(300);

  await page.getByRole("button", { name: "Density as a table" }).or(page.getByText("Density as a table")).first().click();
  await expect(page.getByRole("table")).toBeVisible();

  await page.getByRole("textbox", { name: "Go to" }).fill("1915-03");
  await page.getByRole("button", { name: "Go", exact: true }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("start")).toMatch(/^1915-0[23]/);
  await expect(page.getByTestId("density-strip")).toHaveCount(0);
  await expect(page.getByText(/drawn as density/)).toHaveCount(0);
  await expect(timeline(page).getByRole("link").first()).toBeVisible();
});

test("the reader orders and hides lanes, and the URL keeps the choice", async ({ page }) => {
  await page.goto("/?start=1900&end=1930&lanes=topic");
  await page.getByText("Arrange lanes").click();
  const drawn = page.getByRole("list", { name: "Lanes drawn, in order" }).getByRole("listitem");
  const second = (await drawn.nth(1).locator("span").first().textContent())!;
  await page.getByRole("button", { name: `Move ${second} up` }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("lane_order") ?? "").toMatch(/^syn-/);
  await expect(drawn.first()).toContainText(second);
  await page.getByRole("button", { name: `Hide ${second}` }).click();
  await expect.poll(() => new URL(page.url()).searchParams.get("hidden") ?? "").toMatch(/^syn-/);
  const escaped = second.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${escaped} \\(`) })).not.toBeChecked();
  await page.reload();
  await expect(timeline(page).getByText(second, { exact: true })).toHaveCount(0);
});
