import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/auth";

// Letters only: the duplicate check leaves numbers out of titles, and this word is what ties the two titles together.
const run = randomBytes(4).toString("hex").replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!);
const SOURCE_URL = `https://duplicates-${run}.example.org/harbourfront-symposium`;
const created: number[] = [];

test.use({ storageState: STORAGE.editor });

test.afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db.event.deleteMany({ where: { id: { in: created } } });
});

test("the event form warns of an event that may already be in Chronicle, by title and date, then by source address", async ({ page }) => {
  const title = `Harbourfront ${run} symposium on digital finance`;
  const response = await page.request.post("/api/v1/events", {
    data: {
      title,
      status: "draft",
      start: { precision: "day", value: "2031-06-27" },
      end: { precision: "day", value: "2031-06-28" },
      sources: [{ publisher: "Harbour Times", url: SOURCE_URL }],
    },
  });
  expect(response.status()).toBe(201);
  const existing = (await response.json()).data as { id: number; slug: string };
  created.push(existing.id);

  await page.goto("/admin/events/new");
  await page.getByLabel("Title").fill(`${run} harbourfront digital finance symposium 2031`);
  await page.getByLabel("Start known to the").selectOption("month");
  await page.getByLabel("Start (month)").fill("2031-06");

  const warning = page.getByRole("status").filter({ hasText: "This may already be in Chronicle:" });
  await expect(warning).toBeVisible();
  const link = warning.getByRole("link", { name: title });
  await expect(link).toHaveAttribute("href", `/events/${existing.slug}`);
  await expect(warning.getByRole("listitem").filter({ has: page.getByRole("link", { name: title }) })).toContainText("27–28 June 2031");
  await expect(warning).toContainText("similar title (5 of 5 words) and overlapping dates");
  await expect(warning).not.toContainText("same source address");

  await page.getByRole("button", { name: "Add a source" }).click();
  await page.getByLabel("Web address").fill(SOURCE_URL);
  await expect(warning).toContainText(`same source address ${SOURCE_URL}`);
  // A hint only: the save button stays usable.
  await expect(page.getByRole("button", { name: "Create event" })).toBeEnabled();
});
