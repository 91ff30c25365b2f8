import { mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { uniqueTitle } from "./support/database";

// An admin may import published rows as well as drafts; these files import drafts, which admins also see in /events.
test.use({ storageState: STORAGE.admin });

const FIXTURES = path.join(import.meta.dirname, "fixtures", "import");

/** One word no other test's events hold, so that `/events?q=` finds exactly this run's events. */
const uniqueWord = () => uniqueTitle("w").replace(" ", "");

/** A fixture with this run's word in its titles, ids and addresses, chosen in the wizard's file input. */
async function chooseFixture(page: Page, fileName: string, word: string) {
  const text = readFileSync(path.join(FIXTURES, fileName), "utf8").replaceAll("__WORD__", word);
  const mimeType = fileName.endsWith(".json") ? "application/json" : "text/csv";
  await page.getByLabel("File to import").setInputFiles({ name: fileName, mimeType, buffer: Buffer.from(text) });
}

const previewRow = (page: Page, title: string) => page.getByRole("table", { name: /The events as they will be stored/ }).getByRole("row").filter({ hasText: title });
const eventsRow = (page: Page, title: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) });
const wizardStatus = (page: Page) => page.getByRole("status").filter({ hasText: /Preview of|Imported|Reading|Uploading|Importing/ });

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  expect(serious.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("a TimelineJS file: each date at its own precision, times in the zone given, the title slide and era apart", async ({ page }) => {
  const word = uniqueWord();
  await page.goto("/admin/import");
  await expect(page.getByText("at most 50 MB")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you can import" })).toBeVisible();

  await chooseFixture(page, "timeline.json", word);
  await expect(wizardStatus(page)).toContainText(`Preview of “timeline.json”: 3 rows, 3 new, 0 updates; 1 error to fix.`);
  await expect(page.getByText("Format: TimelineJS JSON")).toBeVisible();
  // TimelineJS gives times without a zone: until one is named, the time is an error and nothing can be imported.
  await expect(page.getByRole("table", { name: /Errors/ }).getByRole("row").nth(1)).toContainText("start_date.hour");
  await expect(page.getByRole("button", { name: "Import 3 events" })).toBeDisabled();
  await page.getByLabel("Time zone for times without one").fill("Asia/Kuala_Lumpur");
  await page.getByRole("button", { name: "Use this time zone" }).click();
  await expect(wizardStatus(page)).toHaveText(`Preview of “timeline.json”: 3 rows, 3 new, 0 updates.`);

  await expect(previewRow(page, `Ringgit ${word} year`)).toContainText("known to the year");
  await expect(previewRow(page, `Ringgit ${word} year`)).toContainText("lane: Markets");
  await expect(previewRow(page, `Ringgit ${word} month`)).toContainText("known to the month");
  await expect(previewRow(page, `Ringgit ${word} minute`)).toContainText("4 July 2019, 10:30 (Asia/Kuala_Lumpur)");
  await expect(previewRow(page, `Ringgit ${word} minute`)).toContainText("known to the minute");
  const extras = page.getByRole("region", { name: "Title slide and eras" });
  await expect(extras).toContainText(`Ringgit ${word} timeline`);
  await expect(extras).toContainText(`Era ${word} of reform`);
  await expect(extras).toContainText("2019 – December 2019");
  // The title slide and the era are not events: only the three slides are rows.
  await expect(page.getByRole("table", { name: /The events as they will be stored/ }).getByRole("row")).toHaveCount(4);

  await page.getByRole("button", { name: "Import 3 events" }).click();
  await expect(page.getByRole("region", { name: "Imported “timeline.json”" })).toContainText("3 events created, 0 events updated.");

  await page.goto(`/events?q=${word}`);
  await expect(eventsRow(page, `Ringgit ${word} year`)).toContainText("2019");
  await expect(eventsRow(page, `Ringgit ${word} month`)).toContainText("July 2019");
  await expect(eventsRow(page, `Ringgit ${word} minute`)).toContainText("4 July 2019, 10:30 (Asia/Kuala_Lumpur)");

  // And on the timeline, drawn at their precision: the year as a year, the month as a month, the time in its zone.
  await page.goto(`/?q=${word}&status=draft`);
  const timeline = page.getByRole("group", { name: /^Timeline,/ });
  const inView = page.getByRole("region", { name: /Events in view/ });
  for (const [title, date] of [[`Ringgit ${word} year`, "2019"], [`Ringgit ${word} month`, "July 2019"], [`Ringgit ${word} minute`, "4 July 2019, 10:30 (Asia/Kuala_Lumpur)"]]) {
    await expect(timeline.getByRole("link", { name: `${title}, ${date}` }).first()).toBeAttached();
    await expect(inView.getByRole("link", { name: `${date} ${title}` })).toBeVisible();
  }
});

test("a TimelineJS file of Roman history: negative years are years before the common era, on the timeline too", async ({ page }) => {
  const word = uniqueWord();
  await page.goto("/admin/import");
  await chooseFixture(page, "rome.json", word);
  await expect(wizardStatus(page)).toHaveText(`Preview of “rome.json”: 3 rows, 3 new, 0 updates.`);
  await expect(previewRow(page, `Punic Wars ${word}`)).toContainText("264 BCE – 146 BCE");
  await expect(previewRow(page, `Ides of March ${word}`)).toContainText("15 March 44 BCE");
  await expect(previewRow(page, `Ides of March ${word}`)).toContainText("known to the day");
  await expect(previewRow(page, `Augustus ${word}`)).toContainText("January 27 BCE");

  await page.getByRole("button", { name: "Import 3 events" }).click();
  await expect(page.getByRole("region", { name: "Imported “rome.json”" })).toContainText("3 events created, 0 events updated.");

  // The table sorts by date: the wars first, Augustus last, however the years read as text.
  await page.goto(`/events?q=${word}&sort=date`);
  await expect(eventsRow(page, `Ides of March ${word}`)).toContainText("15 March 44 BCE");
  const titles = page.getByRole("link", { name: new RegExp(`^(Punic Wars|Ides of March|Augustus) ${word}$`) });
  await expect(titles).toHaveText([`Punic Wars ${word}`, `Ides of March ${word}`, `Augustus ${word}`]);

  await page.goto(`/?q=${word}&status=draft`);
  const timeline = page.getByRole("group", { name: /^Timeline,/ });
  const inView = page.getByRole("region", { name: /Events in view/ });
  for (const [title, date] of [[`Punic Wars ${word}`, "264 BCE – 146 BCE"], [`Ides of March ${word}`, "15 March 44 BCE"], [`Augustus ${word}`, "January 27 BCE"]]) {
    await expect(timeline.getByRole("link", { name: `${title}, ${date}` }).first()).toBeAttached();
    await expect(inView.getByRole("link", { name: `${date} ${title}` })).toBeVisible();
  }
  await expectNoSeriousViolations(page);
});

test("a CSV with its own headers: a mapping fixed, saved, and chosen again after a reload; a duplicate by source address", async ({ page }) => {
  const word = uniqueWord();
  const existingTitle = `Already cited ${word}`;
  const created = await page.request.post("/api/v1/events", {
    data: { title: existingTitle, start: { precision: "month", value: "2024-03" }, status: "draft", sources: [{ publisher: "Bernama", url: `https://news.example.org/${word}/talks` }] },
  });
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()).data as { slug: string };

  await page.goto("/admin/import");
  await chooseFixture(page, "newsroom.csv", word);
  await expect(wizardStatus(page)).toContainText("Preview of “newsroom.csv”: 2 rows");
  // Chronicle reads Headline, When, Outlet and Link by their names; Nation it leaves to the editor.
  await expect(page.getByLabel("Headline", { exact: true })).toHaveValue("title");
  await expect(page.getByLabel("Link", { exact: true })).toHaveValue("source.url");
  await expect(page.getByLabel("Nation", { exact: true })).toHaveValue("");
  await page.getByLabel("Nation", { exact: true }).selectOption({ label: "Countries" });
  await expect(page.getByRole("button", { name: "Import 2 events" })).toBeDisabled();
  await expect(page.getByText("Apply the column mapping you changed first")).toBeVisible();
  const mappingName = `Newsroom ${word}`;
  await page.getByLabel("Save this mapping as…").fill(mappingName);
  await page.getByRole("button", { name: "Save mapping" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved this mapping as" })).toHaveText(`Saved this mapping as “${mappingName}”.`);

  await page.reload();
  await chooseFixture(page, "newsroom.csv", word);
  await expect(page.getByLabel("Nation", { exact: true })).toHaveValue("");
  await page.getByLabel("Saved mappings").selectOption({ label: mappingName });
  await page.getByRole("button", { name: "Use this mapping" }).click();
  await expect(page.getByLabel("Nation", { exact: true })).toHaveValue("countries");
  await expect(previewRow(page, `Newsroom ${word} talks`)).toContainText("MY");
  await expect(previewRow(page, `Newsroom ${word} talks`)).toContainText("known to the day");
  await expect(previewRow(page, `Newsroom ${word} summit`)).toContainText("CN");
  await expect(previewRow(page, `Newsroom ${word} summit`)).toContainText("June 2024");

  const duplicates = page.getByRole("region", { name: "Likely duplicates" });
  await expect(duplicates).toContainText(`Row 2 may be ${existingTitle}: it already cites https://news.example.org/${word}/talks.`);
  await expect(duplicates.getByRole("link", { name: existingTitle })).toHaveAttribute("href", `/events/${slug}`);

  await page.getByRole("button", { name: "Import 2 events" }).click();
  await expect(page.getByRole("region", { name: "Imported “newsroom.csv”" })).toContainText("2 events created");
  await page.goto(`/events?q=${word}`);
  await expect(eventsRow(page, `Newsroom ${word} talks`)).toContainText("5 March 2024");
  await expect(eventsRow(page, `Newsroom ${word} summit`)).toContainText("June 2024");
  await expect(eventsRow(page, existingTitle)).toHaveCount(1);
});

test("a file with an impossible date: the error by row and column, no import, every error to download; it fits a phone", async ({ page }) => {
  const word = uniqueWord();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/import");
  await chooseFixture(page, "impossible-date.csv", word);
  await expect(wizardStatus(page)).toContainText("1 error to fix");
  const errors = page.getByRole("region", { name: /^Errors/ });
  await expect(errors.getByRole("cell").nth(0)).toHaveText(/3/);
  await expect(errors.getByRole("cell").nth(1)).toHaveText(/Date/);
  await expect(errors.getByRole("cell").nth(2)).toContainText("February");
  const confirm = page.getByRole("button", { name: "Import 2 events" });
  await expect(confirm).toBeDisabled();
  await expect(page.getByText(/Fix the 1 error in the file/)).toBeVisible();

  const link = page.getByRole("link", { name: "Download all errors (CSV)" });
  await expect(link).toHaveAttribute("href", /^blob:/);
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toBe("impossible-date-errors.csv");
  const csv = readFileSync((await download.path())!, "utf8");
  expect(csv).toMatch(/^line,column,message\r\n3,Date,/);

  // Nothing on the page is wider than a phone: tables stack, the mapping's selects wrap.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a JSON file over 50 MB is refused in the browser, with the server's message, before any byte is sent", async ({ page }, testInfo) => {
  // A CSV file is read as it arrives and may hold up to 1 GB; a JSON file is read whole.
  const file = testInfo.outputPath("too-large.json");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '{"events": []}');
  truncateSync(file, 50 * 1024 * 1024 + 1);
  const uploads: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/v1/imports")) uploads.push(request.url());
  });
  await page.goto("/admin/import");
  await page.getByLabel("File to import").setInputFiles(file);
  await expect(page.getByRole("alert").filter({ hasText: "larger than 50 MB" })).toHaveText(
    "The file is larger than 50 MB, the most Chronicle reads of a JSON file or a TimelineJS spreadsheet at once (a plain CSV file may be up to 1 GB). Split it into smaller files.",
  );
  expect(uploads).toEqual([]);
});

test("undo from the result: the import's page says so and its events are gone", async ({ page }) => {
  const word = uniqueWord();
  await page.goto("/admin/import");
  await chooseFixture(page, "undo.csv", word);
  await page.getByRole("button", { name: "Import 2 events" }).click();
  const result = page.getByRole("region", { name: "Imported “undo.csv”" });
  await expect(result).toContainText("2 events created");

  await result.getByRole("button", { name: "Undo this import…" }).click();
  await expect(result.getByRole("button", { name: "Keep it" })).toBeFocused();
  await result.getByRole("button", { name: "Undo this import", exact: true }).click();
  await expect(result.getByRole("status")).toHaveText("Import undone: 2 events moved to the trash, 0 events put back as they were before.");

  await result.getByRole("link", { name: "See this import and its events" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import of “undo.csv”" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Undone / })).toContainText("its new events went to the trash");
  await expect(page.getByRole("button", { name: /Undo this import/ })).toHaveCount(0);
  await expect(page.getByRole("row").filter({ hasText: `Undone ${word} one` })).toContainText("In the trash");

  await page.goto(`/events?q=${word}`);
  await expect(page.getByRole("heading", { name: "No events match these filters" })).toBeVisible();
});

test.describe("accessibility", () => {
  // axe takes seconds per page on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  test("the wizard with a preview, mapping and errors showing has no serious violations", async ({ page }) => {
    await page.goto("/admin/import");
    await expectNoSeriousViolations(page);
    await chooseFixture(page, "impossible-date.csv", uniqueWord());
    await expect(page.getByRole("link", { name: "Download all errors (CSV)" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });

  test("the list of imports has no serious violations", async ({ page }) => {
    await page.goto("/admin/imports");
    await expect(page.getByRole("heading", { level: 1, name: "Imports" })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
});
