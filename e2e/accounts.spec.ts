import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createDatabase, dropDatabase, seed, testDatabaseUrl } from "../tests/support/test-database";
import { STORAGE } from "./support/auth";
import { startPrivateServer, type PrivateServer } from "./support/private-server";

async function signInOnPage(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("an admin's accounts page", () => {
  test.use({ storageState: STORAGE.admin });

  test("invites an editor who joins by the link; a role change and a deactivation take effect", async ({ page, browser }) => {
    const email = `invitee-${randomBytes(4).toString("hex")}@e2e.test`;
    const password = `pw-${randomBytes(8).toString("hex")}`;
    await page.goto("/admin/users");
    const invite = page.getByRole("form", { name: "Invite someone" });
    await invite.getByLabel("Email").fill(email);
    await invite.getByLabel("Name").fill("Invited Editor");
    await invite.getByLabel("Role").selectOption("editor");
    await invite.getByRole("button", { name: "Make an invitation link" }).click();
    const linkBox = page.getByRole("status").filter({ hasText: `Invitation for ${email}` });
    await expect(linkBox).toContainText("is shown only now");
    const link = await page.getByLabel("Invitation link").inputValue();
    expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Waiting");

    const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const joining = await invitee.newPage();
    await joining.goto(link);
    await expect(joining.getByText(`An admin invited ${email} as an editor`)).toBeVisible();
    await joining.getByLabel(/^Password(?! again)/).fill(password);
    await joining.getByLabel("Password again").fill(`${password}x`);
    await joining.getByRole("button", { name: "Make my account" }).click();
    await expect(joining.getByText("The two passwords differ.")).toBeVisible();
    await joining.getByLabel("Password again").fill(password);
    await joining.getByRole("button", { name: "Make my account" }).click();
    await expect(joining).toHaveURL(/\/admin$/);
    await expect(joining.getByRole("banner")).toContainText("Invited Editor");
    // The link is spent.
    await joining.goto(link);
    await expect(joining.getByRole("alert").filter({ hasText: "used already" })).toBeVisible();

    await page.reload();
    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row).toContainText("Editor");
    await row.getByLabel(`Role of ${email}`).selectOption("reviewer");
    await row.getByRole("button", { name: `Change role of ${email}` }).click();
    await expect(row.getByRole("cell").nth(2)).toHaveText("Reviewer");
    await row.getByRole("button", { name: `Deactivate ${email}` }).click();
    await expect(row).toContainText("Deactivated");

    // Their session is gone, and signing in again is refused with a reason.
    await joining.goto("/admin");
    await expect(joining).toHaveURL(/\/sign-in\?next=%2Fadmin/);
    await signInOnPage(joining, email, password);
    await expect(joining.getByRole("alert").filter({ hasText: "deactivated" })).toBeVisible();
    await invitee.close();

    await row.getByRole("button", { name: `Reactivate ${email}` }).click();
    await expect(row).toContainText("Active");
  });
});

test.describe("pages a role does not open answer 403", () => {
  test.describe("as a viewer", () => {
    test.use({ storageState: STORAGE.viewer });
    test("every admin page", async ({ request }) => {
      for (const path of ["/admin", "/admin/events/new", "/admin/users", "/admin/settings"]) {
        const response = await request.get(path, { maxRedirects: 0 });
        expect(response.status(), path).toBe(403);
        expect(await response.text(), path).toContain("This page is not open to your account");
      }
    });
  });
  test.describe("as an editor", () => {
    test.use({ storageState: STORAGE.editor });
    test("the admins' pages, but not the editors'", async ({ request, page }) => {
      for (const path of ["/admin/users", "/admin/settings"]) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(403);
      expect((await request.get("/admin", { maxRedirects: 0 })).status()).toBe(200);
      await page.goto("/admin");
      await expect(page.getByRole("navigation", { name: "Admin" }).getByRole("link")).toHaveText(["Events", "Review", "Trash", "Import", "Imports"]);
    });
  });
});

test.describe("reading closed to signed-out visitors", () => {
  test.describe.configure({ mode: "serial" });
  // Its own database: closing reading there must not close it for the specs running beside this one.
  const databaseUrl = testDatabaseUrl("e2e_closed");
  let server: PrivateServer;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    await createDatabase(databaseUrl);
    seed(databaseUrl);
    server = await startPrivateServer(3, { DATABASE_URL: databaseUrl });
  });
  test.afterAll(async () => {
    await server?.stop();
    await dropDatabase(databaseUrl);
  });

  test("an admin closes it: pages send signed-out visitors to sign in, the API answers 401, accounts still read", async ({ browser }) => {
    const admin = await browser.newContext({ baseURL: server.baseURL, storageState: { cookies: [], origins: [] } });
    const adminPage = await admin.newPage();
    await adminPage.goto("/sign-in?next=/admin/settings");
    await signInOnPage(adminPage, "admin@chronicle.test", "chronicle-demo-admin");
    await expect(adminPage).toHaveURL(/\/admin\/settings$/);
    const box = adminPage.getByLabel("Signed-out visitors may read published events");
    await expect(box).toBeChecked();
    await box.uncheck();
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByRole("status")).toHaveText("Settings saved.");

    const visitor = await browser.newContext({ baseURL: server.baseURL, storageState: { cookies: [], origins: [] } });
    const page = await visitor.newPage();
    await page.goto("/events?topic=diplomacy");
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fevents%3Ftopic%3Ddiplomacy$/);
    await expect(page.getByText("Chronicle is open to signed-in accounts only")).toBeVisible();
    const api = await visitor.request.get("/api/v1/events");
    expect(api.status()).toBe(401);
    expect((await api.json()).error.code).toBe("unauthenticated");
    // A made-up session cookie does not pass.
    const forged = await visitor.request.get("/api/v1/events", { headers: { cookie: "better-auth.session_token=forged.value" } });
    expect(forged.status()).toBe(401);

    await adminPage.goto("/events");
    await expect(adminPage.getByRole("heading", { level: 1 })).toBeVisible();
    expect((await admin.request.get("/api/v1/events")).status()).toBe(200);

    await adminPage.goto("/admin/settings");
    await adminPage.getByLabel("Signed-out visitors may read published events").check();
    await adminPage.getByRole("button", { name: "Save settings" }).click();
    await expect(adminPage.getByRole("status")).toHaveText("Settings saved.");
    expect((await visitor.request.get("/api/v1/events")).status()).toBe(200);
    await admin.close();
    await visitor.close();
  });
});
