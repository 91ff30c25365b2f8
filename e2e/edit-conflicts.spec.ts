import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { uniqueTitle } from "./support/database";

test.use({ storageState: STORAGE.editor });

async function save(page: Page) {
  await page.getByRole("button", { name: "Save changes" }).click();
}

test("two editors on one event: the second's save merges the first's change, then a real conflict is settled field by field", async ({ page, browser }) => {
  const title = uniqueTitle("Two editors");
  const created = await page.request.post("/api/v1/events", { data: { title, start: { precision: "month", value: "2025-07" }, status: "draft" } });
  const { id } = (await created.json()).data as { id: number };
  const readEvent = async () => (await (await page.request.get(`/api/v1/events/${id}`)).json()).data;

  const other = await browser.newContext({ storageState: STORAGE.admin });
  const second = await other.newPage();
  await page.goto(`/admin/events/${id}/edit`);
  await second.goto(`/admin/events/${id}/edit`);

  // The admin saves a summary first.
  await second.getByLabel("Summary").fill("Summary from the admin");
  await save(second);
  await expect(second.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();

  // The editor, still on version 1, changes the title: both changes are kept, and the form now shows the summary.
  await page.getByLabel("Title").fill(`${title} (edited)`);
  await page.getByLabel("Reason for this change").fill("Title as the ministry spells it");
  await save(page);
  await expect(page.getByRole("status").filter({ hasText: "together with another editor's changes to summary" })).toBeVisible();
  await expect(page.getByLabel("Summary")).toHaveValue("Summary from the admin");
  expect(await readEvent()).toMatchObject({ title: `${title} (edited)`, summary: "Summary from the admin", version: 3 });

  // The admin, on version 2, changes the title too: a conflict, settled by keeping the admin's own title.
  await second.getByLabel("Title").fill(`${title} (admin)`);
  await second.getByLabel("Importance").selectOption("5");
  await save(second);
  const conflict = second.getByRole("region", { name: /saved this event while you were editing it/ });
  await expect(conflict).toBeVisible();
  const field = conflict.getByRole("group", { name: "Title" });
  await expect(field).toContainText(`${title} (edited)`);
  await expect(field).toContainText(`${title} (admin)`);
  expect((await readEvent()).version).toBe(3); // nothing saved yet
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(conflict.getByRole("alert")).toHaveText("Choose theirs or mine for every field above.");
  await field.getByLabel("Keep mine").check();
  await conflict.getByRole("button", { name: "Save with these choices" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Saved at" })).toBeVisible();
  expect(await readEvent()).toMatchObject({ title: `${title} (admin)`, summary: "Summary from the admin", importance: 5, version: 4 });
  await other.close();

  // The reason given with the merged save is in the history.
  await page.goto(`/admin/events/${id}/history`);
  const merged = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Version 3: Edited in the editor/ }) });
  await expect(merged).toContainText("Reason given: “Title as the ministry spells it”");
});
