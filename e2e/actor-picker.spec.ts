import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import "./support/database";

// More actors than the filter bar lists (18 reference + these), all named by one published event of this test's own.
const run = randomBytes(3).toString("hex");
const EVENT = { slug: `picker-e2e-${run}`, title: `Picker rehearsal ${run}` };
const FILLERS = Array.from({ length: 15 }, (_, i) => ({ slug: `picker-${run}-${i}`, name: `Picker filler ${run} ${i}`, kind: "other" }));
// Created last, so a tie in use leaves it out of the listed actors: only the search can find it.
const TARGET = { slug: `zoe-picker-${run}`, name: `Zoé Picker ${run}`, kind: "person" };

test.describe.configure({ mode: "serial", timeout: 60_000 });

test.beforeAll(async () => {
  const { db } = await import("@/lib/db/client");
  const { createTestEvent } = await import("../tests/integration/event-fixtures");
  const eventId = await createTestEvent({ ...EVENT, start: "2019-07", status: "published" });
  for (const actor of [...FILLERS, TARGET]) {
    const { id } = await db.actor.create({ data: actor });
    await db.eventActor.create({ data: { eventId, actorId: id } });
  }
});

test.afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.event.deleteMany({ where: { slug: EVENT.slug } });
  await db.actor.deleteMany({ where: { slug: { in: [...FILLERS, TARGET].map((actor) => actor.slug) } } });
});

const filters = (page: Page) => page.getByRole("region", { name: "Filters" });
const actorsSummary = (page: Page) => filters(page).locator("summary", { hasText: "Actors" });

test("an actor that is not listed is found by typing, picked, and filters the timeline", async ({ page }) => {
  await page.goto("/");
  await actorsSummary(page).click();
  const search = filters(page).getByRole("searchbox", { name: "Find an actor" });
  await expect(search).toBeVisible();
  await expect(filters(page).getByRole("status")).toHaveText(/^Showing 30 of \d+ actors — type to find others$/);
  await expect(filters(page).getByRole("checkbox", { name: "Anwar Ibrahim" })).toBeVisible();
  await expect(filters(page).getByRole("checkbox", { name: TARGET.name })).toHaveCount(0);

  const axe = await new AxeBuilder({ page }).include("section[aria-label=Filters]").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

  // Without the accent and in capitals: the search folds both.
  await search.fill(`ZOE PICKER ${run}`);
  await expect(filters(page).getByRole("status")).toHaveText(`1 actor matches “ZOE PICKER ${run}”`);
  await filters(page).getByRole("checkbox", { name: TARGET.name }).check();
  await expect(page).toHaveURL(new RegExp(`actor=${TARGET.slug}`));
  await expect(page.getByText(/^1 events? match the filters$/)).toBeVisible();
  await expect(page.getByRole("link", { name: EVENT.title }).first()).toBeVisible();

  // A fresh load lists the selected actor first and checked, though it is not among the most used.
  await page.reload();
  await expect(actorsSummary(page)).toHaveText("Actors (1)");
  await actorsSummary(page).click();
  const first = filters(page).getByRole("group", { name: "Actors" }).getByRole("checkbox").first();
  await expect(first).toHaveAccessibleName(TARGET.name);
  await expect(first).toBeChecked();
});

test("the picker works by keyboard and Escape closes it", async ({ page }) => {
  await page.goto("/events");
  await actorsSummary(page).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const search = filters(page).getByRole("searchbox", { name: "Find an actor" });
  await expect(search).toBeFocused();
  await page.keyboard.type("ibrahim");
  await expect(filters(page).getByRole("status")).toHaveText("2 actors match “ibrahim”");
  await page.keyboard.press("Tab");
  await expect(filters(page).getByRole("checkbox", { name: "Anwar Ibrahim" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/actor=anwar-ibrahim/);
  await expect(page.getByRole("status").filter({ hasText: "match these filters" })).toContainText("6");
  await page.keyboard.press("Escape");
  await expect(search).toBeHidden();
  await expect(actorsSummary(page)).toBeFocused();
});
