import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { POST as postView } from "@/app/api/v1/views/route";
import { DELETE as deleteViewRoute, PATCH as patchViewRoute } from "@/app/api/v1/views/[token]/route";
import { routeParams, routeRequest, signInAs } from "../support/route-request";

let cookie: string;
let ownerId: string;

const post = (body: unknown, contentType?: string | null) => postView(routeRequest("POST", "/api/v1/views", { cookie, body, contentType }));
const patch = (token: string, body: unknown, contentType?: string | null) =>
  patchViewRoute(routeRequest("PATCH", `/api/v1/views/${token}`, { cookie, body, contentType }), routeParams({ token }));

async function errorOf(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } }).error;
}

const ownViews = () => db.savedView.findMany({ where: { ownerId }, select: { name: true, query: true, shared: true }, orderBy: { id: "asc" } });

beforeAll(async () => {
  const owner = await signInAs("viewer", "View Keeper");
  cookie = owner.cookie;
  ownerId = owner.viewer.userId!;
});

afterAll(async () => {
  await db.user.deleteMany({ where: { id: ownerId } });
});

describe("POST /api/v1/views", () => {
  it("refuses a lone surrogate in the name or the address with 400 on that field, and saves nothing", async () => {
    const before = await ownViews();
    for (const [body, field] of [
      [{ name: "Spring \ud800", path: "/", query: "" }, "name"],
      [{ name: "\udc00", path: "/", query: "" }, "name"],
      [{ name: "Search", path: "/events", query: "q=talks\ud800" }, "query"],
      [{ name: "Compare", path: "/compare", query: "a=country%3DFR&a_label=Fr\ud800&b=country%3DCN" }, "query"],
    ] as const) {
      const response = await post(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((await errorOf(response)).fieldErrors?.[field]?.join(" ")).toMatch(/unpaired UTF-16 surrogate/);
    }
    expect(await ownViews()).toEqual(before);
  });

  it("refuses a name of invisible characters only, like an empty one", async () => {
    const response = await post({ name: "\u200b\u2060", path: "/", query: "" });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fieldErrors).toEqual({ name: ["Give the view a name."] });
    expect(await ownViews()).toEqual([]);
  });

  it("refuses a compare track naming a topic, actor or country that does not exist, naming the track and the slug", async () => {
    const cases: [string, RegExp][] = [
      ["a=country%3DFR&a_label=France&b=topic%3Dno-such-topic&b_label=Ghosts", /Ghosts: Unknown topic: no-such-topic/],
      ["a=actor%3Dnobody-at-all&b=country%3DCN", /Track A: Unknown actor: nobody-at-all/],
      ["a=country%3DFR&b=country%3DZZ&b_label=Nowhere", /Nowhere: Unknown country: ZZ/],
      ["a=country%3DFR&b=topic%3DNot%20a%20slug", /Track B: “topic” is not a valid identifier/],
    ];
    for (const [query, message] of cases) {
      const response = await post({ name: "Comparison", path: "/compare", query });
      expect(response.status, query).toBe(400);
      const error = await errorOf(response);
      expect(error.code).toBe("invalid_input");
      expect(error.fieldErrors?.query?.join(" "), query).toMatch(message);
    }
    expect(await ownViews()).toEqual([]);
  });

  it("refuses an unknown topic in the page's own filter too", async () => {
    const response = await post({ name: "Ghost topic", path: "/events", query: "topic=diplomacy,no-such-topic" });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).fieldErrors?.query?.join(" ")).toMatch(/Unknown topic: no-such-topic/);
    expect(await ownViews()).toEqual([]);
  });

  it("saves a comparison whose tracks all exist", async () => {
    const response = await post({ name: "France and China", path: "/compare", query: "a=country%3DFR&a_label=France&b=topic%3Ddiplomacy" });
    expect(response.status).toBe(201);
    expect(await ownViews()).toEqual([{ name: "France and China", query: "a=country%3DFR&a_label=France&b=topic%3Ddiplomacy", shared: false }]);
  });

  it("answers 415 to a body that is not sent as JSON, on POST and PATCH, and changes nothing", async () => {
    const token = (await db.savedView.findFirstOrThrow({ where: { ownerId }, select: { token: true } })).token;
    const before = await ownViews();
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded", null]) {
      for (const response of [await post({ name: "Plain", path: "/", query: "" }, contentType), await patch(token, { name: "Renamed" }, contentType)]) {
        expect(response.status, String(contentType)).toBe(415);
        expect((await errorOf(response)).code).toBe("unsupported_media_type");
      }
    }
    expect(await ownViews()).toEqual(before);
  });

  it("answers 404, not 500, to a token holding NUL or a lone surrogate", async () => {
    for (const token of ["abcdefgh\u0000", "abcdefgh\ud800"]) {
      expect((await patch(token, { name: "Renamed" })).status, escape(token)).toBe(404);
      expect((await deleteViewRoute(routeRequest("DELETE", "/api/v1/views/x", { cookie }), routeParams({ token }))).status, escape(token)).toBe(404);
    }
  });

  it("refuses a rename to a lone surrogate or invisible characters on PATCH", async () => {
    const token = (await db.savedView.findFirstOrThrow({ where: { ownerId }, select: { token: true } })).token;
    const before = await ownViews();
    for (const name of ["\ud800", "\u200b"]) {
      const response = await patch(token, { name });
      expect(response.status, escape(name)).toBe(400);
      expect(Object.keys((await errorOf(response)).fieldErrors ?? {})).toEqual(["name"]);
    }
    expect(await ownViews()).toEqual(before);
  });
});
