import { expect, test, type APIRequestContext } from "@playwright/test";
import { STORAGE } from "./support/auth";

const newEvent = {
  title: "Should never be saved",
  summary: "",
  body: "",
  start: { precision: "month", value: "2019-07" },
  end: { precision: "none", value: "" },
  approximate: false,
  importance: 3,
  status: "draft",
  topicIds: [],
  actorIds: [],
  countryCodes: [],
  sources: [],
  relations: [],
};

async function countEvents(request: APIRequestContext, query = ""): Promise<number> {
  const response = await request.get(`/api/v1/events?status=any${query}`);
  expect(response.ok()).toBe(true);
  return (await response.json()).meta.total;
}

test.describe("signed out", () => {
  test("cannot create, change, delete or restore events, and nothing changes", async ({ request }) => {
    const before = await countEvents(request);
    const list = await (await request.get("/api/v1/events?q=Sasana")).json();
    const id = list.data[0].id as number;

    const attempts = [
      request.post("/api/v1/events", { data: newEvent }),
      request.patch(`/api/v1/events/${id}`, { data: { ...newEvent, version: 1 } }),
      request.delete(`/api/v1/events/${id}`),
      request.post(`/api/v1/events/${id}/restore`),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status()).toBe(401);
      expect((await response.json()).error.code).toBe("unauthenticated");
    }
    expect(await countEvents(request)).toBe(before);
    const after = await (await request.get(`/api/v1/events?q=Sasana`)).json();
    expect(after.data[0].title).toBe("Bank Negara Malaysia hosts the Sasana Symposium");
  });
});

test.describe("signed in as a viewer", () => {
  test.use({ storageState: STORAGE.viewer });

  test("is refused with 403 and nothing is written", async ({ request }) => {
    const before = await countEvents(request);
    const response = await request.post("/api/v1/events", { data: newEvent });
    expect(response.status()).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden");
    expect(await countEvents(request)).toBe(before);
  });
});

test.describe("bad input over HTTP", () => {
  test.use({ storageState: STORAGE.editor });
  // One after another: the delete test creates an event, which the "writes nothing" count would see.
  test.describe.configure({ mode: "serial" });

  test("gets a 4xx with a specific message, never a 500, and writes nothing", async ({ request }) => {
    const before = await countEvents(request);
    const cases: [unknown, number, string][] = [
      [{ ...newEvent, start: { precision: "day", value: "2025-02-31" } }, 400, "February 2025 has 28 days"],
      [{ ...newEvent, start: { precision: "day", value: "2025-07-04" }, end: { precision: "day", value: "2025-07-03" } }, 400, "before the start"],
      [{ ...newEvent, title: "   " }, 400, "itle"],
      [{ ...newEvent, topicIds: [999999] }, 400, "999999"],
      [{ ...newEvent, sources: [{ publisher: "X", title: "", url: "not a url" }] }, 400, "starting with http"],
      [{ ...newEvent, title: "x".repeat(5000) }, 400, "200"],
      [{ ...newEvent, title: "Talks \ud800" }, 400, "unpaired UTF-16 surrogate"],
      [{ ...newEvent, sources: [{ publisher: "Bernama \udc00" }] }, 400, "sources.0.publisher"],
      [{ ...newEvent, title: "\u200b\u200d" }, 400, "Enter a title."],
      [{ ...newEvent, countryCodes: ["MY", "MY"] }, 400, "The country code MY is listed more than once."],
    ];
    for (const [body, status, message] of cases) {
      const response = await request.post("/api/v1/events", { data: body });
      expect(response.status(), JSON.stringify(body).slice(0, 120)).toBe(status);
      expect(JSON.stringify(await response.json())).toContain(message);
    }
    const notJson = await request.post("/api/v1/events", { data: "{not json", headers: { "content-type": "application/json" } });
    expect(notJson.status()).toBe(400);
    const plainText = await request.post("/api/v1/events", { data: JSON.stringify(newEvent), headers: { "content-type": "text/plain" } });
    expect(plainText.status()).toBe(415);
    expect((await plainText.json()).error.code).toBe("unsupported_media_type");
    expect(await countEvents(request)).toBe(before);
  });

  test("a delete must name the version it saw: 400 without one, 409 when it is stale", async ({ request }) => {
    const created = await request.post("/api/v1/events", { data: { ...newEvent, title: "Delete with a version", status: "draft" } });
    expect(created.status()).toBe(201);
    const { id, version } = (await created.json()).data as { id: number; version: number };
    const missing = await request.delete(`/api/v1/events/${id}`);
    expect(missing.status()).toBe(400);
    expect((await missing.json()).error.fieldErrors.version[0]).toContain("?version=N");
    const current = (await (await request.get(`/api/v1/events/${id}`)).json()).data;
    expect((await request.patch(`/api/v1/events/${id}`, { data: { ...current, summary: "Saved first" } })).status()).toBe(200);
    const stale = await request.delete(`/api/v1/events/${id}?version=${version}`);
    expect(stale.status()).toBe(409);
    expect((await stale.json()).error.current).toMatchObject({ id, version: version + 1, deletedAt: null });
    expect((await request.delete(`/api/v1/events/${id}?version=${version + 1}`)).status()).toBe(200);
  });

  test("unknown or malformed filter parameters are a 400 with the reason", async ({ request }) => {
    for (const [query, message] of [
      ["colour=red", "“colour” is not a filter"],
      ["from=2025-02-31", "February 2025 has 28 days"],
      ["topic=no-such-topic", "Unknown topic: no-such-topic"],
      ["importance=11", "at most 5"],
      ["country=Malaysia", "ISO 3166"],
    ]) {
      const response = await request.get(`/api/v1/events?${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error.message).toContain(message);
    }
  });
});
