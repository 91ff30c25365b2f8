import { expect, test, type Page } from "@playwright/test";
import { REF } from "./support/reference";

const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const tableTitles = (page: Page) => page.getByRole("table").getByRole("link").allTextContents();
const timeline = (page: Page) => page.getByRole("group", { name: /^Timeline,/ });
const resultCount = (page: Page) => page.getByRole("status").filter({ hasText: /\d+ events?/ });

test("the filter bar narrows the table to events with an actor of a kind, as the API and the dashboard count them", async ({ page, request }) => {
  const api = await (await request.get("/api/v1/events?actor_kind=central_bank&size=100")).json();
  const expected = api.data.map((event: { title: string }) => event.title as string);
  expect(expected).toContain(REF.sasana);
  expect(expected).toContain(REF.webinars);
  expect(expected).not.toContain(REF.ecrl);

  await page.goto("/events");
  await filters(page).locator("summary", { hasText: "Actor kinds" }).click();
  await page.getByRole("checkbox", { name: "Central bank" }).check();
  await expect(page).toHaveURL(/actor_kind=central_bank/);
  // The URL changes at once; the rows follow when the server has rendered the filtered page.
  await expect(resultCount(page)).toContainText(`${api.meta.total} events match`);
  await expect.poll(async () => (await tableTitles(page)).sort()).toEqual([...expected].sort());

  await page.goto("/dashboard?actor_kind=central_bank");
  await expect(page.getByRole("link", { name: `List these ${api.meta.total} events` })).toBeVisible();
});

test("the timeline lays events out in lanes by the kind of their actors", async ({ page }) => {
  await page.goto("/?start=2025-04&end=2025-07");
  await page.getByRole("group", { name: /lanes/i }).getByText("Actor kind", { exact: true }).click();
  await expect(page).toHaveURL(/lanes=actor_kind/);
  for (const lane of ["Central bank", "Government", "Person"]) await expect(timeline(page).getByText(lane, { exact: true }).first()).toBeVisible();
});
