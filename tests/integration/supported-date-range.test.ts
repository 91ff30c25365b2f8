import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { createEvent } from "@/lib/actions/events/create-event";
import { updateEvent } from "@/lib/actions/events/update-event";
import { getDashboardStats } from "@/lib/queries/get-dashboard-stats";
import { loadEventFilter } from "@/lib/queries/load-event-filter";
import { bucketKeyOfTime } from "@/lib/charts/bucket-keys";
import { SUPPORTED_SPAN } from "@/lib/dates/partial-date";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";

let editor: Viewer;

beforeAll(async () => {
  const email = `editor-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name: "Range Editor", role: "reviewer", password: "integration-test-password" });
  editor = { userId: id, role: "reviewer", name: "Range Editor", email };
});

afterAll(async () => {
  await db.event.deleteMany({ where: { createdById: editor.userId! } });
});

const published = (title: string, start: { precision: string; value: string }, approximate: boolean) => ({
  title,
  start,
  approximate,
  status: "published",
  sources: [{ publisher: "Bernama", url: "https://www.bernama.com/en/" }],
});

describe("dates outside the years Chronicle keeps", () => {
  it("refuses circa on 1 January 9999 BCE at the door, naming the start, and writes nothing", async () => {
    const before = await db.event.count();
    const result = await createEvent(published(`Circa 9999 BCE ${randomUUID()}`, { precision: "day", value: "1 January 9999 BCE" }, true), editor);
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (result.ok) return;
    expect(result.fieldErrors?.["start.value"]?.[0]).toContain("reaches before 9999 BCE");
    expect(await db.event.count()).toBe(before);
  });

  it("refuses an update that would widen a date past 9999, and keeps the saved one", async () => {
    const created = await createEvent(published(`Late event ${randomUUID()}`, { precision: "year", value: "9999" }, false), editor);
    if (!created.ok) throw new Error(created.message);
    const result = await updateEvent(created.data.id, { ...published(created.data.title, { precision: "year", value: "9999" }, true), version: 1 }, editor);
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    const row = await db.event.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row).toMatchObject({ approximate: false, version: 1 });
  });

  it("charts the first and last dates it does accept", async () => {
    for (const [precision, value, approximate] of [["day", "-9998-01-01", false], ["year", "-9997", true], ["day", "9999-12-31", false], ["year", "9998", true]] as const) {
      const result = await createEvent(published(`Edge ${value} ${randomUUID()}`, { precision, value }, approximate), editor);
      expect(result.ok, value).toBe(true);
    }
    const loaded = await loadEventFilter(new URLSearchParams(""));
    if (!loaded.ok) throw new Error("filter");
    for (const interval of ["year", "quarter", "month"] as const) {
      const { activity } = await getDashboardStats({ filter: loaded.filter, viewer: ANONYMOUS, interval });
      const keys = activity.buckets.map((bucket) => bucket.key);
      expect(keys[0]).toBe(bucketKeyOfTime(SUPPORTED_SPAN.start, activity.interval));
      expect(keys.at(-1)).toBe(bucketKeyOfTime(SUPPORTED_SPAN.end - 1, activity.interval));
    }
  });
});
