import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { REF } from "./support/reference";

test.use({ storageState: STORAGE.editor });

test("the admin list is the shared table: newest change first, sortable and paged, every title an edit link", async ({ page }) => {
  await page.goto("/admin");
  const table = page.getByRole("table", { name: "Events" });
  const firstTitle = table.getByRole("row").nth(1).getByRole("link");
  await expect(firstTitle).toHaveAccessibleName(/^Edit /);
  await expect(table.getByRole("columnheader", { name: /Updated/ })).toHaveAttribute("aria-sort", "descending");

  await table.getByRole("button", { name: "Title" }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(table.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");

  await page.goto("/admin?sort=title&size=10");
  await expect(table.getByRole("row")).toHaveCount(11);
});

test("a title in the admin list opens its editor", async ({ page }) => {
  await page.goto(`/admin?q=${encodeURIComponent("Sasana")}`);
  const table = page.getByRole("table", { name: "Events" });
  await table.getByRole("link", { name: `Edit ${REF.sasana}` }).click();
  await expect(page).toHaveURL(/\/admin\/events\/\d+\/edit$/);
});
