import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { createSavedView } from "@/lib/actions/saved-views/create-saved-view";
import { updateSavedView } from "@/lib/actions/saved-views/update-saved-view";
import { deleteSavedView } from "@/lib/actions/saved-views/delete-saved-view";
import { getReadableSavedView } from "@/lib/queries/saved-views/get-readable-saved-view";
import { listSavedViews } from "@/lib/queries/saved-views/list-saved-views";
import { savedViewTarget } from "@/lib/queries/saved-views/saved-view-summary";

const OWNER: Viewer = { userId: "sv-owner", role: "viewer", name: "Owner" };
const OTHER: Viewer = { userId: "sv-other", role: "editor", name: "Other" };

function unwrap<T>(result: { ok: true; data: T } | { ok: false; message: string }): T {
  if (!result.ok) throw new Error(result.message);
  return result.data;
}

describe("saved views", () => {
  beforeAll(async () => {
    for (const viewer of [OWNER, OTHER]) {
      await db.user.create({ data: { id: viewer.userId!, name: viewer.name!, email: `${viewer.userId}@test.local`, role: viewer.role } });
    }
  });
  afterAll(async () => {
    await db.user.deleteMany({ where: { id: { in: [OWNER.userId!, OTHER.userId!] } } });
  });

  it("a viewer can save a view, and it reopens at exactly the page and query saved", async () => {
    const query = "topic=diplomacy,trade-investment&from=2025-04&to=2025-07&lanes=country&start=2025-05&end=2025-06";
    const view = unwrap(await createSavedView({ name: "  Spring diplomacy  ", path: "/", query: `?${query}` }, OWNER));
    expect(view).toMatchObject({ name: "Spring diplomacy", path: "/", query, shared: false });
    expect(view.token).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(savedViewTarget(view)).toBe(`/?${query}`);
    expect((await listSavedViews(OWNER)).map((v) => v.token)).toContain(view.token);
    expect(await listSavedViews(OTHER)).toEqual([]);
  });

  it("keeps a private view from everyone but its owner, and opens a shared one for anyone", async () => {
    const view = unwrap(await createSavedView({ name: "Private", path: "/events", query: "sort=-date&page=2&size=10&country=FR" }, OWNER));
    expect(await getReadableSavedView(view.token, OWNER)).toMatchObject({ token: view.token, own: true });
    expect(await getReadableSavedView(view.token, OTHER)).toBeNull();
    expect(await getReadableSavedView(view.token, ANONYMOUS)).toBeNull();

    unwrap(await updateSavedView(view.token, { shared: true }, OWNER));
    expect(await getReadableSavedView(view.token, OTHER)).toMatchObject({ name: "Private", own: false });
    expect(await getReadableSavedView(view.token, ANONYMOUS)).toMatchObject({ query: "sort=-date&page=2&size=10&country=FR" });
  });

  it("only the owner renames, shares or deletes; a private view is 'not found' to others", async () => {
    const view = unwrap(await createSavedView({ name: "Mine", path: "/dashboard", query: "interval=quarter" }, OWNER));
    expect(await updateSavedView(view.token, { name: "Theirs" }, OTHER)).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteSavedView(view.token, OTHER)).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteSavedView(view.token, ANONYMOUS)).toMatchObject({ ok: false, code: "unauthenticated" });
    unwrap(await updateSavedView(view.token, { shared: true }, OWNER));
    expect(await updateSavedView(view.token, { name: "Theirs" }, OTHER)).toMatchObject({ ok: false, code: "forbidden" });
    expect(unwrap(await updateSavedView(view.token, { name: "Renamed" }, OWNER)).name).toBe("Renamed");
    unwrap(await deleteSavedView(view.token, OWNER));
    expect(await getReadableSavedView(view.token, OWNER)).toBeNull();
  });

  it("refuses signed-out users and invalid input with field errors", async () => {
    expect(await createSavedView({ name: "x", path: "/", query: "" }, ANONYMOUS)).toMatchObject({ ok: false, code: "unauthenticated" });
    const cases: [unknown, string][] = [
      [{ name: "", path: "/", query: "" }, "name"],
      [{ name: "x".repeat(101), path: "/", query: "" }, "name"],
      [{ name: "Admin", path: "/admin", query: "" }, "path"],
      [{ name: "Long", path: "/", query: `q=${"a".repeat(2000)}` }, "query"],
      [{ name: "Bad date", path: "/", query: "from=2025-02-31" }, "query"],
      [{ name: "Table key on the timeline", path: "/", query: "sort=-date" }, "query"],
      [{ name: "Bad window", path: "/", query: "start=2025&end=2024" }, "query"],
      [{ name: "Bad interval", path: "/dashboard", query: "interval=week" }, "query"],
    ];
    for (const [input, field] of cases) {
      const result = await createSavedView(input, OWNER);
      expect(result.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
    }
  });

  it("refuses what would not open as saved: an unknown slug in a compare track or the filter, unusable or invisible text", async () => {
    const before = await db.savedView.count();
    const cases: [unknown, string, string | RegExp][] = [
      [{ name: "Ghost track", path: "/compare", query: "a=country%3DFR&b=topic%3Dno-such-topic&b_label=Ghosts" }, "query", "Ghosts: Unknown topic: no-such-topic."],
      [{ name: "Ghost actor", path: "/compare", query: "a=actor%3Dnobody-at-all&b=country%3DCN" }, "query", "Track A: Unknown actor: nobody-at-all."],
      [{ name: "Ghost topic", path: "/", query: "topic=no-such-topic" }, "query", "Unknown topic: no-such-topic."],
      [{ name: "Broken \ud800", path: "/", query: "" }, "name", /unpaired UTF-16 surrogate/],
      [{ name: "Null", path: "/events", query: "q=a\u0000b" }, "query", /NUL/],
      [{ name: "\u200b\u200d\u00ad", path: "/", query: "" }, "name", "Give the view a name."],
    ];
    for (const [input, field, message] of cases) {
      const result = await createSavedView(input, OWNER);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: "invalid_input" });
      if (!result.ok) expect(result.fieldErrors?.[field]?.join(" ")).toMatch(message);
    }
    expect(await db.savedView.count()).toBe(before);
  });

  it("deleting the owner deletes their views", async () => {
    const id = "sv-leaving";
    await db.user.create({ data: { id, name: "Leaving", email: "sv-leaving@test.local" } });
    const view = unwrap(await createSavedView({ name: "Gone soon", path: "/", query: "" }, { userId: id, role: "viewer" }));
    await db.user.delete({ where: { id } });
    expect(await db.savedView.findUnique({ where: { token: view.token } })).toBeNull();
  });
});
