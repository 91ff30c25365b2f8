import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { uniqueTitle } from "./support/database";

// An actor no published event names: the filter bar's search never finds it, the event form's must.
const run = randomBytes(3).toString("hex");
const ACTOR = { slug: `form-picker-${run}`, name: `Quentin Formpicker ${run}`, kind: "person" };
const created: number[] = [];

test.use({ storageState: STORAGE.editor });
test.describe.configure({ timeout: 60_000 });

test.beforeAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.actor.create({ data: ACTOR });
});

test.afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.event.deleteMany({ where: { id: { in: created } } });
  await db.actor.deleteMany({ where: { slug: ACTOR.slug } });
});

async function createEvent(page: Page, data: Record<string, unknown>): Promise<{ id: number; slug: string; title: string }> {
  const response = await page.request.post("/api/v1/events", { data: { start: { precision: "month", value: "2019-07" }, ...data } });
  expect(response.status()).toBe(201);
  const event = (await response.json()).data as { id: number; slug: string; title: string };
  created.push(event.id);
  return event;
}

const statusSaying = (page: Page, text: string | RegExp) => page.getByRole("status").filter({ hasText: text });

test("an editor picks a parent, a related event and an actor by typing, saves, and sees them on the event page", async ({ page }) => {
  const parent = await createEvent(page, { title: uniqueTitle("Harbour summit"), status: "draft" });
  const related = await createEvent(page, { title: uniqueTitle("Harbour accord"), status: "in_review" });
  const title = uniqueTitle("Harbour working session");

  await page.goto("/admin/events/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Start known to the").selectOption("month");
  await page.getByLabel("Start (month)").fill("2019-07");
  await page.getByLabel("Status").selectOption("in_review");

  // The parent, a draft, found by its title and taken with the keyboard.
  const parentBox = page.getByRole("combobox", { name: "Part of (parent event)" });
  await expect(parentBox).toHaveAccessibleDescription(/^None/);
  await parentBox.fill(parent.title);
  await expect(statusSaying(page, "1 event found")).toBeVisible();
  await parentBox.press("ArrowDown");
  await expect(page.getByRole("listbox", { name: "Part of (parent event): events found" }).getByRole("option", { name: parent.title })).toHaveAttribute("aria-selected", "true");
  await parentBox.press("Enter");
  await expect(parentBox).toHaveValue("");
  await expect(parentBox).toHaveAccessibleDescription(new RegExp(`^Chosen: ${parent.title} · July 2019 Draft`));

  // The related event, found by its id and taken with a click.
  await page.getByRole("button", { name: "Add a related event" }).click();
  const relatedBox = page.getByRole("combobox", { name: "Relation 1: other event" });
  await relatedBox.fill(String(related.id));
  await page.getByRole("listbox", { name: "Relation 1: other event: events found" }).getByRole("option", { name: related.title }).click();
  await expect(relatedBox).toHaveAccessibleDescription(new RegExp(`^Chosen: ${related.title}`));

  // The actor, which only the editors' search knows.
  await page.getByRole("searchbox", { name: "Find an actor" }).fill(`formpicker ${run}`);
  await expect(statusSaying(page, "1 actor found")).toBeVisible();
  await page.getByRole("group", { name: "Actors found" }).getByRole("checkbox", { name: ACTOR.name }).check();
  await expect(page.getByRole("group", { name: "Chosen actors" }).getByRole("checkbox", { name: ACTOR.name })).toBeChecked();
  await expect(page.getByRole("group", { name: "Actors (1 chosen)" })).toBeVisible();

  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Event created and saved.")).toBeVisible();
  const id = Number(new URL(page.url()).pathname.split("/")[3]);
  created.push(id);

  // Opened again, the form names what was saved.
  await page.goto(`/admin/events/${id}/edit`);
  await expect(page.getByRole("combobox", { name: "Part of (parent event)" })).toHaveAccessibleDescription(new RegExp(`^Chosen: ${parent.title}`));
  await expect(page.getByRole("combobox", { name: "Relation 1: other event" })).toHaveAccessibleDescription(new RegExp(`^Chosen: ${related.title}`));
  await expect(page.getByRole("group", { name: "Chosen actors" }).getByRole("checkbox", { name: ACTOR.name })).toBeChecked();

  const { slug } = (await (await page.request.get(`/api/v1/events/${id}`)).json()).data as { slug: string };
  await page.goto(`/events/${slug}`);
  const connections = page.getByRole("region", { name: "Connected events" });
  await expect(connections.getByRole("link", { name: parent.title })).toBeVisible();
  await expect(connections.locator("[data-relation='Context for']").getByRole("link", { name: related.title })).toBeVisible();
  await expect(page.getByRole("link", { name: ACTOR.name })).toBeVisible();
});

test("the parent picker says what it finds, never offers the event itself, passes axe while open, and clears", async ({ page }) => {
  const words = uniqueTitle("Quay inquiry");
  const parent = await createEvent(page, { title: words, status: "in_review" });
  const child = await createEvent(page, { title: `${words} hearing`, status: "in_review", parentId: parent.id });

  await page.goto(`/admin/events/${child.id}/edit`);
  const parentBox = page.getByRole("combobox", { name: "Part of (parent event)" });
  await expect(parentBox).toHaveAccessibleDescription(new RegExp(`^Chosen: ${parent.title}`));

  await parentBox.fill(`nothing-like-this-${run}`);
  await expect(statusSaying(page, `No events match “nothing-like-this-${run}”`)).toBeVisible();
  await expect(parentBox).toHaveAttribute("aria-expanded", "false");

  // Both titles hold the words; only the other event is offered.
  await parentBox.fill(words);
  await expect(statusSaying(page, "1 event found")).toBeVisible();
  await expect(page.getByRole("listbox", { name: "Part of (parent event): events found" }).getByRole("option")).toHaveText([new RegExp(parent.title)]);
  await expect(parentBox).toHaveAttribute("aria-expanded", "true");
  const axe = await new AxeBuilder({ page }).include("form").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await parentBox.press("Escape");
  await expect(page.getByRole("listbox", { name: "Part of (parent event): events found" })).toBeHidden();

  await page.getByRole("button", { name: "Clear parent" }).click();
  await expect(parentBox).toHaveAccessibleDescription(/^None/);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const saved = (await (await page.request.get(`/api/v1/events/${child.id}`)).json()).data as { parentId: number | null };
  expect(saved.parentId).toBeNull();
  await page.goto(`/events/${child.slug}`);
  await expect(page.getByRole("region", { name: "Connected events" })).toContainText("No connected events recorded.");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("a related event is found by its slug and picked with a tap", async ({ page }) => {
    const other = await createEvent(page, { title: uniqueTitle("Pier ceremony"), status: "in_review" });
    await page.goto("/admin/events/new");
    await page.getByRole("button", { name: "Add a related event" }).tap();
    const box = page.getByRole("combobox", { name: "Relation 1: other event" });
    await box.tap();
    await page.keyboard.type(other.slug);
    const option = page.getByRole("listbox", { name: "Relation 1: other event: events found" }).getByRole("option", { name: other.title });
    await expect(option).toBeInViewport();
    await option.tap();
    await expect(box).toHaveAccessibleDescription(new RegExp(`^Chosen: ${other.title}`));
  });
});
