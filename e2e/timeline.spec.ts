import { expect, test, type Page } from "@playwright/test";
import { REF } from "./support/reference";

const timeline = (page: Page) => page.getByRole("group", { name: /^Timeline,/ });
const list = (page: Page) => page.getByRole("region", { name: /Events in view/ });

test("the reference events appear on the timeline and in the list with their real dates", async ({ page }) => {
  await page.goto("/");
  for (const [title, date] of [
    [REF.sasana, "27–28 June 2025"],
    [REF.ecrl, "July 2019"],
    [REF.webinars, "Summer 2025"],
    [REF.relations1974, "31 May 1974"],
    [REF.partnership2013, "2013"],
  ] as const) {
    await expect(timeline(page).getByRole("link", { name: `${title}, ${date}` }).first()).toBeAttached();
    await expect(list(page).getByRole("link", { name: `${date} ${title}` })).toBeVisible();
  }
});

test("a narrow window shows only the events of that window, and opening one goes to its page", async ({ page }) => {
  await page.goto("/?start=2025-06-20&end=2025-07-10");
  // Retrying assertions: the list streams in after the page's load event.
  const named = (title: string) => list(page).getByRole("link", { name: title });
  await expect(named(REF.sasana)).toBeVisible();
  await expect(named(REF.franceVisit)).toBeVisible();
  await expect(named(REF.ecrl)).toHaveCount(0);
  await expect(named(REF.xiVisit)).toHaveCount(0);
  await timeline(page).getByRole("link", { name: `${REF.elysee}, 4 July 2025` }).first().click();
  await expect(page).toHaveURL(/\/events\/anwar-macron-elysee-meeting$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REF.elysee);
});

test("lanes group events by the reader's choice and the window follows the keyboard", async ({ page }) => {
  await page.goto("/?start=2025-04&end=2025-07");
  await page.getByRole("group", { name: /lanes/i }).getByText("Country", { exact: true }).click();
  await expect(page).toHaveURL(/lanes=country/);
  await expect(timeline(page).getByText("France", { exact: true }).first()).toBeVisible();
  await expect(timeline(page).getByText("China", { exact: true }).first()).toBeVisible();

  const before = new URL(page.url()).searchParams.get("start");
  await timeline(page).focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => new URL(page.url()).searchParams.get("start")).not.toBe(before);
  const zoomedOut = new URL(page.url());
  await page.keyboard.press("-");
  await expect.poll(() => new URL(page.url()).searchParams.get("end")).not.toBe(zoomedOut.searchParams.get("end"));
});

test("the shared filter narrows the timeline too", async ({ page }) => {
  await page.goto("/?topic=belt-and-road");
  await expect(list(page).getByRole("link")).toHaveCount(2);
  await expect(list(page).getByRole("link", { name: `July 2019 ${REF.ecrl}` })).toBeVisible();
  await expect(list(page).getByRole("link", { name: /Agreement to accelerate Belt and Road projects/ })).toBeVisible();
});

test("event pages are fetched when the reader reaches for one, not for every event in view", async ({ page }) => {
  const fetched: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith("/events/")) fetched.push(path);
  });
  await page.goto("/");
  const sasana = list(page).getByRole("link", { name: `27–28 June 2025 ${REF.sasana}` });
  await expect(sasana).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(fetched).toEqual([]);

  await sasana.hover();
  const href = await sasana.getAttribute("href");
  await expect.poll(() => fetched).toContain(href);
  await sasana.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(REF.sasana);
});
