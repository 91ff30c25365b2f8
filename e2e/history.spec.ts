import { expect, test } from "@playwright/test";
import { STORAGE } from "./support/auth";
import { uniqueTitle } from "./support/database";

test.use({ storageState: STORAGE.editor });

test("bringing back an earlier revision restores its sources and relations, shown before and kept as a new version", async ({ page }) => {
  const post = async (data: Record<string, unknown>) => {
    const response = await page.request.post("/api/v1/events", { data: { start: { precision: "month", value: "2025-07" }, status: "draft", ...data } });
    expect(response.status()).toBe(201);
    return (await response.json()).data as { id: number; title: string };
  };
  const target = await post({ title: uniqueTitle("Paris visit") });
  const title = uniqueTitle("ECRL financing agreed");
  const event = await post({
    title,
    sources: [{ publisher: "Bernama", title: "ECRL talks", url: "https://www.bernama.com/en/" }],
    relations: [{ type: "follows", targetId: target.id }],
  });
  const readEvent = async () => (await (await page.request.get(`/api/v1/events/${event.id}`)).json()).data;
  // Version 2 drops both.
  expect((await page.request.patch(`/api/v1/events/${event.id}`, { data: { ...(await readEvent()), sources: [], relations: [] } })).status()).toBe(200);
  expect(await readEvent()).toMatchObject({ sources: [], relations: [], version: 2 });

  await page.goto(`/admin/events/${event.id}/history`);
  await page.getByRole("link", { name: "Bring back version 1…" }).click();
  // What it will change, before anything changes.
  // Before: none (—); after: the source and the relation version 1 had.
  await expect(page.getByRole("row", { name: /^Sources — Bernama · ECRL talks/ })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`^Related events — follows: ${target.title}`) })).toBeVisible();
  expect((await readEvent()).version).toBe(2);
  await page.getByRole("button", { name: "Bring back version 1" }).click();
  await expect(page.getByRole("heading", { name: /^Version 3: Brought back version 1/ })).toBeVisible();

  const restored = await readEvent();
  expect(restored).toMatchObject({ version: 3, relations: [{ type: "follows", targetId: target.id }] });
  expect(restored.sources).toEqual([expect.objectContaining({ publisher: "Bernama", title: "ECRL talks", url: "https://www.bernama.com/en/" })]);
});
