import { expect, test, type Page } from "@playwright/test";
import { createTestUser, uniqueTitle } from "./support/database";

const list = (page: Page) => page.getByRole("region", { name: /Events in view/ });

async function signIn(page: Page, role: "viewer" | "editor" = "viewer") {
  const user = await createTestUser(role);
  await page.goto("/sign-in?next=/views");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saved views" })).toBeVisible();
}

async function saveView(page: Page, name: string): Promise<string> {
  await page.getByRole("button", { name: "Save this view" }).click();
  await page.getByLabel("Name of this view").fill(name);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  const link = page.getByRole("link", { name: "Open the saved view" });
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

test("a saved view reopens exactly: same address, same events", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/?topic=diplomacy&start=2025-06-20&end=2025-07-10");
  // Change the lanes through the page, as a reader would, so the saved query is what the UI wrote.
  await page.getByRole("group", { name: /lanes/i }).getByText("Country", { exact: true }).click();
  await expect(page).toHaveURL(/lanes=country/);
  const savedUrl = page.url();
  const events = await list(page).getByRole("link").allTextContents();
  expect(events.length).toBeGreaterThan(0);

  const name = uniqueTitle("Diplomacy around the Paris visit");
  await saveView(page, name);

  await page.goto("/views");
  await page.getByRole("link", { name: `Open ${name}` }).click();
  await expect(page).toHaveURL(savedUrl);
  await expect(list(page).getByRole("link").first()).toBeVisible();
  expect(await list(page).getByRole("link").allTextContents()).toEqual(events);
});

test("a shared view opens signed out; a private one is not found", async ({ page, browser }) => {
  await signIn(page, "viewer");
  await page.goto("/events?country=FR&sort=-date&size=10");
  const privateHref = await saveView(page, uniqueTitle("French events, private"));
  await page.goto("/events?country=MY&sort=title");
  const sharedName = uniqueTitle("Malaysian events, shared");
  const sharedHref = await saveView(page, sharedName);

  await page.goto("/views");
  await page.getByRole("checkbox", { name: `Shared (${sharedName})` }).check();
  await expect(page.getByText("Shared.", { exact: true })).toBeVisible();

  const anonymous = await browser.newContext();
  const stranger = await anonymous.newPage();
  await stranger.goto(sharedHref);
  await expect(stranger).toHaveURL(/\/events\?country=MY&sort=title$/);
  await expect(stranger.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  await stranger.goto(privateHref);
  await expect(stranger.getByRole("heading", { level: 1, name: "Saved view not found" })).toBeVisible();
  await expect(stranger).toHaveURL(new RegExp(`${privateHref}$`));
  // The API says it plainly: a private view is 404 (not 403) to anyone else, so its name never leaks.
  const token = privateHref.split("/").pop();
  expect((await stranger.request.get(`/api/v1/views/${token}`)).status()).toBe(404);
  expect((await stranger.request.get(`/api/v1/views/${sharedHref.split("/").pop()}`)).status()).toBe(200);
  await anonymous.close();
});

test("views can be renamed and deleted after a confirmation", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/dashboard?from=2025-04&to=2025-07&interval=month");
  const name = uniqueTitle("Spring dashboard");
  const href = await saveView(page, name);
  await page.goto("/views");
  await page.getByRole("button", { name: `Rename ${name}` }).click();
  const renamed = `${name} (renamed)`;
  await page.getByLabel(`New name for “${name}”`).fill(renamed);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();

  await page.getByRole("button", { name: `Delete ${renamed}` }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByRole("link", { name: renamed, exact: true })).toHaveCount(0);
  await page.goto(href);
  await expect(page.getByRole("heading", { level: 1, name: "Saved view not found" })).toBeVisible();
});

test("signed out, there is no Save this view control and /views asks to sign in", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Timeline" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save this view" })).toHaveCount(0);
  await page.goto("/views");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fviews$/);
});
