import { expect, test } from "@playwright/test";

test("an actor page shows counts and connected actors, and its links work", async ({ page }) => {
  await page.goto("/actors/anwar-ibrahim");
  await expect(page.getByRole("heading", { level: 1, name: "Anwar Ibrahim" })).toBeVisible();
  await expect(page.getByText("Actor · Person")).toBeVisible();
  const events = page.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^Events$/ }) });
  await expect(events.locator("dd").first()).toHaveText("6");

  const connected = page.getByRole("region", { name: "Most connected actors" });
  const items = connected.getByRole("listitem");
  await expect(items.first()).toContainText("Government of Malaysia");
  await expect(items.first()).toContainText("3 shared events");
  await expect(connected.getByRole("link", { name: "Anwar Ibrahim" })).toHaveCount(0);

  await connected.getByRole("link", { name: "Emmanuel Macron" }).click();
  await expect(page).toHaveURL(/\/actors\/emmanuel-macron$/);
  await expect(page.getByRole("heading", { level: 1, name: "Emmanuel Macron" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Most connected actors" }).getByRole("link", { name: "Anwar Ibrahim" })).toBeVisible();

  await page.getByRole("navigation", { name: "Emmanuel Macron elsewhere" }).getByRole("link", { name: "Events table" }).click();
  await expect(page).toHaveURL(/\/events\?actor=emmanuel-macron$/);
  await expect(page.getByRole("status").filter({ hasText: "match these filters" })).toContainText("2");
});

test("an event's tags open the pages of its topics, actors and countries", async ({ page }) => {
  await page.goto("/events/anwar-official-visit-france-2025");
  await page.getByRole("link", { name: "France", exact: true }).first().click();
  await expect(page).toHaveURL(/\/countries\/FR$/);
  await expect(page.getByRole("heading", { level: 1, name: "France" })).toBeVisible();
  await page.getByRole("region", { name: "Timeline" }).getByRole("link", { name: "Open on the timeline" }).click();
  await expect(page).toHaveURL(/\/\?country=FR$/);
});

test("unknown actors, countries and topics are not found", async ({ page }) => {
  for (const path of ["/actors/nobody-at-all", "/countries/ZZ", "/topics/no-such-topic"]) {
    // The status is 200: the root loading skeleton (app/loading.tsx) streams before the 404 is known.
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/not found$/);
  }
});
