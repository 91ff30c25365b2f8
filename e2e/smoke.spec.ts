import { expect, test } from "@playwright/test";

test("the health check sees the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect((await response.json()).ok).toBe(true);
});
