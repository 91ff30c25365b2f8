import { expect, test, type Page } from "@playwright/test";
import { signInOverHttp } from "./support/auth";
import { createTestUser, uniqueTitle } from "./support/database";

async function headlineEvents(page: Page, query: string): Promise<number> {
  await page.goto(`/dashboard?${query}`);
  const card = page.locator("dl > div").filter({ has: page.locator("dt", { hasText: /^Events$/ }) });
  return Number((await card.locator("dd").first().textContent())!.replace(/[^\d]/g, ""));
}

async function signIn(page: Page) {
  const user = await createTestUser("editor");
  await page.goto("/sign-in?next=/admin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

test("an editor adds an event dated July 2019, submits it for review, and sees it on the timeline, in the table and in the dashboard", async ({ page }) => {
  await signIn(page);
  const title = uniqueTitle("Rail financing talks resume");
  // Scoped to this event by its title: other workers create and delete events of July 2019 meanwhile.
  const dashboardOf = (month: string) => `q=${encodeURIComponent(title)}&from=${month}&to=${month}`;

  await page.goto("/admin/events/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Start known to the").selectOption("month");
  await page.getByLabel("Start (month)").fill("July 2019");
  await expect(page.getByText("July 2019", { exact: true }).first()).toBeVisible();
  // Editors submit; publishing is a reviewer's (review.spec.ts). Editors see what waits in every view.
  await page.getByLabel("Status").selectOption("in_review");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Event created and saved.")).toBeVisible();

  await page.goto("/?start=2019-06&end=2019-08");
  await expect(page.getByRole("group", { name: /^Timeline,/ }).getByRole("link", { name: `${title}, July 2019` })).toBeAttached();

  await page.goto(`/events?q=${encodeURIComponent(title)}`);
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: title }) });
  await expect(row).toContainText("July 2019");
  await expect(row).toContainText("known to the month");

  expect(await headlineEvents(page, dashboardOf("2019-07"))).toBe(1);
  await page.goto(`/dashboard?${dashboardOf("2019-08")}`);
  await expect(page.getByRole("heading", { name: "No events match" })).toBeVisible();
});

test("an impossible date shows a field error and saves nothing", async ({ page }) => {
  await signIn(page);
  const title = uniqueTitle("Never saved");
  await page.goto("/admin/events/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Start known to the").selectOption("day");
  await page.getByLabel("Start (day)").fill("2025-02-31");
  await page.getByRole("button", { name: "Create event" }).click();
  const field = page.getByLabel("Start (day)");
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("February 2025 has 28 days; day 31 does not exist.").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  const response = await page.request.get(`/api/v1/events?status=any&q=${encodeURIComponent(title)}`);
  expect((await response.json()).meta.total).toBe(0);
});

test("a delete names the version the form shows: a save made meanwhile is not hidden, and Undo brings the event back", async ({ page, browser, baseURL }) => {
  await signIn(page);
  const title = uniqueTitle("Delete after a save");
  const created = await page.request.post("/api/v1/events", { data: { title, start: { precision: "month", value: "2019-07" }, status: "draft" } });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()).data as { id: number };
  const readEvent = async () => (await (await page.request.get(`/api/v1/events/${id}`)).json()).data;

  await page.goto(`/admin/events/${id}/edit`);
  const deleteButton = page.getByRole("button", { name: "Delete event" });
  await expect(deleteButton).toBeVisible();
  // Another save while the form is open.
  expect((await page.request.patch(`/api/v1/events/${id}`, { data: { ...(await readEvent()), summary: "Saved elsewhere" } })).status()).toBe(200);

  await deleteButton.click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was deleted" })).toBeVisible();
  expect(await readEvent()).toMatchObject({ summary: "Saved elsewhere", deletedAt: null });

  await page.reload();
  await page.getByRole("button", { name: "Delete event" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin\\?deleted=${id}$`));
  await page.getByRole("button", { name: `Undo “${title}”` }).click();
  await expect(page).toHaveURL(new RegExp(`/admin\\?restored=${id}$`));
  expect(await readEvent()).toMatchObject({ summary: "Saved elsewhere", deletedAt: null });

  // Every change is in the event's history, newest first, with the way it came in; readers do not see it.
  const eventPath = `/events/${(await readEvent()).slug}`;
  await page.goto(eventPath);
  await expect(page.getByRole("region", { name: "History" }).getByRole("listitem")).toHaveText([
    /^Restored in the editor by .*Version 4/,
    /^Deleted in the editor by .*Version 3/,
    /^Edited in the API by .*Version 2/,
    /^Created in the API by .*Version 1/,
  ]);
  // What each change changed, field by field.
  await page.getByRole("link", { name: "What each change changed" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`History of “${title}”`);
  const edited = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Version 2: Edited in the API/ }) });
  await expect(edited.getByRole("row", { name: /Summary/ }).getByRole("cell")).toHaveText(["—", "Saved elsewhere"]);
  const deleted = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /^Version 3: Deleted in the editor/ }) });
  await expect(deleted.getByRole("row", { name: /Deleted/ }).getByRole("cell")).toHaveText(["no", "yes"]);

  // Bringing version 1 back shows what it will change first, then makes version 5.
  await page.getByRole("link", { name: "Bring back version 1…" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bring back version 1");
  await expect(page.getByRole("row", { name: /Summary/ }).getByRole("cell")).toHaveText(["Saved elsewhere", "—"]);
  await page.getByRole("button", { name: "Bring back version 1" }).click();
  await expect(page.getByRole("heading", { name: /^Version 5: Brought back version 1 in the editor/ })).toBeVisible();
  expect(await readEvent()).toMatchObject({ title, summary: "", version: 5, deletedAt: null });

  // Any two versions compare field by field.
  await page.getByLabel("From version").selectOption("1");
  await page.getByLabel("to version").selectOption("4");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/events/${id}/history/compare\\?from=1&to=4$`));
  await expect(page.getByRole("row", { name: /Summary/ }).getByRole("cell")).toHaveText(["—", "Saved elsewhere"]);
  await page.goto(`/admin/events/${id}/history/compare?from=1&to=99`);
  await expect(page.getByRole("alert").filter({ hasText: "no version" })).toHaveText("This event has no version 99.");

  // A reviewer publishes it (editors cannot): readers then see the event, but not its history.
  const reviewer = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  await signInOverHttp(reviewer.request, baseURL!, await createTestUser("reviewer"));
  expect((await reviewer.request.post(`/api/v1/events/${id}/review`, { data: { decision: "publish", version: 5 }, headers: { origin: baseURL! } })).status()).toBe(200);
  await reviewer.close();
  const signedOut = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await signedOut.newPage();
  await readerPage.goto(eventPath);
  await expect(readerPage.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(readerPage.getByRole("heading", { name: "History" })).toHaveCount(0);
  // The history page itself is for editors: a signed-out reader is sent to sign in.
  await readerPage.goto(`/admin/events/${id}/history`);
  await expect(readerPage).toHaveURL(/\/sign-in/);
  await signedOut.close();
});

test("a date pasted as an article writes it is understood before saving, and an ambiguous one asks", async ({ page }) => {
  await signIn(page);
  const title = uniqueTitle("Sasana Symposium pasted");
  await page.goto("/admin/events/new");
  await page.getByLabel("Title").fill(title);
  const typed = page.getByLabel("Date as written");
  await typed.fill("June 27–28, 2025");
  await expect(page.getByText("Understood as:")).toContainText("From 27 June 2025 to 28 June 2025, to the day");
  await expect(page.getByLabel("Start known to the")).toHaveValue("day");
  await expect(page.getByLabel("Start (day)")).toHaveValue("2025-06-27");
  await expect(page.getByLabel("End (day)")).toHaveValue("2025-06-28");
  await expect(page.getByText("Shown as:")).toContainText("27–28 June 2025");

  // Day/month order that could go either way: nothing is set until the editor says which.
  await typed.fill("04/07/2025");
  const choice = page.getByRole("group", { name: /04\/07\/2025/ });
  await expect(choice.getByRole("radio")).toHaveCount(2);
  await choice.getByRole("radio", { name: /4 July 2025/ }).check();
  await expect(page.getByLabel("Start (day)")).toHaveValue("2025-07-04");

  // A year is never taken from today.
  await typed.fill("June 27");
  await expect(page.getByText("The year is missing, and Chronicle does not assume one.")).toBeVisible();
  await expect(page.getByLabel("Date as written")).toHaveAttribute("aria-invalid", "true");

  await typed.fill("summer 2025");
  await expect(page.getByLabel("Start known to the")).toHaveValue("season");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Event created and saved.")).toBeVisible();
  // The saved event keeps the season, not a day.
  await expect(page.getByLabel("Start known to the")).toHaveValue("season");
  await expect(page.getByLabel("Start (season)")).toHaveValue("2025-summer");
});

test("a date before the common era is typed as historians write it, saved astronomically and shown as BCE", async ({ page }) => {
  await signIn(page);
  const title = uniqueTitle("Caesar crosses the Rubicon");
  await page.goto("/admin/events/new");
  await page.getByLabel("Title").fill(title);
  const typed = page.getByLabel("Date as written");
  await typed.fill("10 January 49 BC");
  await expect(page.getByText("Understood as:")).toContainText("10 January 49 BCE, to the day");
  await expect(page.getByLabel("Start (day)")).toHaveValue("-0048-01-10");
  await expect(page.getByText("Shown as:")).toContainText("10 January 49 BCE");
  await typed.fill("0 BC");
  await expect(page.getByText("There is no year 0: 1 BCE is followed by 1 CE.")).toBeVisible();
  await typed.fill("49–45 BC");
  await expect(page.getByText("Shown as:")).toContainText("49 BCE – 45 BCE");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Event created and saved.")).toBeVisible();
  await expect(page.getByLabel("Start (year)")).toHaveValue("-0048");
  await expect(page.getByLabel("End (year)")).toHaveValue("-0044");

  await page.goto(`/events?q=${encodeURIComponent(title)}&status=draft`);
  await expect(page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) })).toContainText("49 BCE – 45 BCE");
});

test("a time of day is kept with its zone, labelled in that zone, and shown in the reader's own", async ({ page }) => {
  await signIn(page);
  const title = uniqueTitle("Minister briefs the press");
  await page.goto("/admin/events/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Date as written").fill("15 April 2025 10:30 Asia/Kuala_Lumpur");
  await expect(page.getByText("Understood as:")).toContainText("at 10:30 Asia/Kuala_Lumpur");
  await expect(page.getByLabel("Start known to the")).toHaveValue("minute");
  await expect(page.getByLabel("Start (time of day)")).toHaveValue("2025-04-15T10:30");
  await expect(page.getByLabel("Time zone (required)")).toHaveValue("Asia/Kuala_Lumpur");
  // Without its zone, a time cannot be placed: the form says so on the zone field.
  await page.getByLabel("Time zone (required)").fill("");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("A time of day needs the time zone it was given in").first()).toBeVisible();
  await page.getByLabel("Time zone (required)").fill("asia/kuala_lumpur");
  await page.getByLabel("Status").selectOption("in_review");
  await page.getByRole("button", { name: "Create event" }).click();
  await expect(page.getByText("Event created and saved.")).toBeVisible();
  await expect(page.getByLabel("Time zone (required)")).toHaveValue("Asia/Kuala_Lumpur");

  const { slug } = (await (await page.request.get(`/api/v1/events?status=any&q=${encodeURIComponent(title)}`)).json()).data[0] as { slug: string };
  await page.goto(`/events/${slug}`);
  await expect(page.getByText("15 April 2025, 10:30 (Asia/Kuala_Lumpur)").first()).toBeVisible();
  await expect(page.getByText("known to the minute")).toBeVisible();
  // A reader in Paris also sees it in their own time: 02:30 UTC is 04:30 there in April.
  const paris = await page.context().browser()!.newContext({ storageState: await page.context().storageState(), timezoneId: "Europe/Paris" });
  const parisPage = await paris.newPage();
  await parisPage.goto(`/events/${slug}`);
  await expect(parisPage.getByText(/your time: 15 April 2025.*04:30/)).toBeVisible();
  await paris.close();
});
