import { expect, test, type Page } from "@playwright/test";
import { REF } from "./support/reference";

const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const tableTitles = (page: Page) => page.getByRole("table").getByRole("link").allTextContents();
const timeline = (page: Page) => page.getByRole("group", { name: /^Timeline,/ });

test("the filter bar narrows the table to events with an actor of a kind, as the API and the dashboard count them", async ({ page, request }) => {
  await page.goto("/events");
  await filters(page).locator("summary", { hasText: "Actor kinds" }).click();
  await page.getByRole("checkbox", { name: "Central bank" }).check();
  await expect(page).toHaveURL(/actor_kind=central_bank/);
  await expect.poll(() => tableTitles(page)).toContain(REF.sasana);
  const titles = await tableTitles(page);
  expect(titles).toContain(REF.webinars);
  expect(titles).not.toContain(REF.ecrl);
  expect(titles).not.toContain(REF.xiVisit);

  const api = await (await request.get("/api/v1/events?actor_kind=central_bank&size=100")).json();
  expect([...api.data.map((event: { title: string }) => event.title)].sort()).toEqual([...titles].sort());

  await page.goto("/dashboard?actor_kind=central_bank");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: `List these ${api.meta.total} events` })).toBeVisible();
});

test("the timeline lays events out in lanes by the kind of their actors", async ({ page }) => {
  await page.goto("/?start=2025-04&end=2025-07");
  await page.getByRole("group", { name: /lanes/i }).getByText("Actor kind", { exact: true }).click();
  await expect(page).toHaveURL(/lanes=actor_kind/);
  for (const lane of ["Central bank", "Government", "Person"]) await expect(timeline(page).getByText(lane, { exact: true }).first()).toBeVisible();
});
