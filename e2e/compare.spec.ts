import { expect, test } from "@playwright/test";

test("compare mode shows both tracks with their counts on one axis", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Compare two filters" }).click();
  await expect(page).toHaveURL(/\/compare\?/);
  await expect(page.getByRole("heading", { level: 1, name: "Compare" })).toBeVisible();
  const counts = page.getByRole("list", { name: "Events per track in this period" });
  await expect(counts.getByRole("listitem")).toHaveCount(2);
  await expect(counts).toContainText(/Malaysia–France: \d+ events?/);
  await expect(counts).toContainText(/Malaysia–China: \d+ events?/);
  const plot = page.getByRole("group", { name: "Compared tracks on one time axis" });
  await expect(plot.getByRole("group", { name: /Malaysia–France/ })).toBeVisible();
  await expect(plot.getByRole("group", { name: /Malaysia–China/ })).toBeVisible();
  await expect(plot.getByRole("link", { name: /Élysée/ }).first()).toBeAttached();
  await expect(plot.getByRole("link", { name: /Xi Jinping’s state visit/ }).first()).toBeAttached();
});

test("a narrower window changes the counts, and a bad track explains itself", async ({ page }) => {
  await page.goto("/compare?a=country%3DFR&a_label=France&b=country%3DCN&b_label=China&start=2025-07&end=2025-07");
  const counts = page.getByRole("list", { name: "Events per track in this period" });
  // The counts are the ones the events API gives each track's filter for the same period.
  for (const [label, code] of [["France", "FR"], ["China", "CN"]] as const) {
    const api = await page.request.get(`/api/v1/events?country=${code}&from=2025-07&to=2025-07`);
    const total = (await api.json()).meta.total as number;
    await expect(counts).toContainText(`${label}: ${total} event${total === 1 ? "" : "s"}`);
  }
  await expect(counts).toContainText("France: 3 events");

  const response = await page.goto("/compare?a=country%3DZZ&b=topic%3Dtrade&c=importance%3D9");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").or(page.locator(".alert")).first()).toContainText(/Track A|Track C/);
});
