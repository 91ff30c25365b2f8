import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { createTestUser } from "./support/database";

test.describe("signed out", () => {
  test("/admin and the pages under it answer a redirect to sign-in that comes back to them", async ({ request }) => {
    for (const path of ["/admin", "/admin?status=draft&page=2", "/admin/events/new", "/admin/events/1/edit"]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect([303, 307], path).toContain(response.status());
      expect(response.headers()["location"], path).toBe(`/sign-in?next=${encodeURIComponent(path)}`);
    }
  });

  test("a browser lands on the sign-in page and, once signed in, on the page it asked for; signing out closes it again", async ({ page }) => {
    const user = await createTestUser("editor");
    await page.goto("/admin/events/new");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fevents%2Fnew$/);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/events\/new$/);
    await expect(page.getByRole("button", { name: "Create event" })).toBeVisible();

    // Sign-out is a server action posted as a form: it passes proxy.ts's screening.
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin$/);
  });
});

test.describe("signed in as an editor", () => {
  test.use({ storageState: STORAGE.editor });

  test("/admin is the admin page itself", async ({ request }) => {
    const response = await request.get("/admin", { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(await response.text()).toContain("New event");
  });
});
