import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEventBySlug, type EventDetail } from "@/lib/queries/get-event-by-slug";
import { isEventVisible } from "@/lib/queries/is-event-visible";
import { ANONYMOUS, type Viewer } from "@/lib/domain/viewer";
import { createTestEvent, removeTestEvents } from "./event-fixtures";

const EDITOR: Viewer = { userId: "test-editor", role: "editor" };
const READER: Viewer = { userId: "test-reader", role: "viewer" };

async function load(slug: string, viewer: Viewer = ANONYMOUS): Promise<EventDetail> {
  const event = await getEventBySlug(slug, viewer);
  if (!event) throw new Error(`${slug} not found`);
  return event;
}

const related = (event: EventDetail, label: string) =>
  event.related.find((group) => group.label === label)?.events.map((e) => e.slug) ?? [];

describe("getEventBySlug on the reference data", () => {
  it("returns the France visit with its part, its sources and its date", async () => {
    const event = await load("anwar-official-visit-france-2025");
    expect(event.title).toBe("Anwar Ibrahim’s official visit to France");
    expect(event.dateLabel).toBe("3–4 July 2025");
    expect(event.children.map((child) => child.slug)).toEqual(["anwar-macron-elysee-meeting"]);
    expect(event.sources.filter((source) => source.url?.startsWith("https://")).length).toBeGreaterThanOrEqual(5);
    expect(event.sources.map((s) => s.publishedLabel)).toContain("4 July 2025");
    expect(event.parent).toBeNull();
  });

  it("keeps sources in their recorded order, with author and quote", async () => {
    const event = await load("anwar-official-visit-france-2025");
    const article = event.sources.find((source) => source.author === "Shweta Chakrawarty");
    expect(article).toMatchObject({ url: null, publishedLabel: "July 2025" });
    expect(article?.quote).toMatch(/official welcome ceremony/);
  });

  it("reads each relation from this event's side", async () => {
    const france = await load("anwar-official-visit-france-2025");
    expect(related(france, "Follows")).toEqual(["kenanga-ant-group-super-app"]);
    expect(related(france, "Followed by")).toEqual(["anwar-brics-summit-brazil-2025"]);
    expect(related(france, "Has context")).toContain("sasana-symposium-2025");

    const meeting = await load("xi-anwar-bilateral-meeting-seri-perdana");
    expect(related(meeting, "Led to")).toHaveLength(3);
    expect(related(meeting, "Led to")).toContain("belt-and-road-acceleration-agreement");

    const agreement = await load("belt-and-road-acceleration-agreement");
    expect(related(agreement, "Outcome of")).toEqual(["xi-anwar-bilateral-meeting-seri-perdana"]);
  });

  it("shows the parent once, not again as a “Part of” relation", async () => {
    const meeting = await load("anwar-macron-elysee-meeting");
    expect(meeting.parent?.slug).toBe("anwar-official-visit-france-2025");
    expect(related(meeting, "Part of")).toEqual([]);
    expect(related(await load("anwar-official-visit-france-2025"), "Includes")).toEqual([]);
  });

  it("finds nothing for unknown or malformed slugs", async () => {
    expect(await getEventBySlug("no-such-event", ANONYMOUS)).toBeNull();
    expect(await getEventBySlug("Not A Slug/../x", EDITOR)).toBeNull();
    expect(await isEventVisible("no-such-event", EDITOR)).toBe(false);
  });
});

describe("drafts and deleted events", () => {
  const DRAFT = "test-draft-outcome-of-xi-anwar";
  const DELETED = "test-deleted-part-of-xi-visit";

  beforeAll(async () => {
    await createTestEvent({
      slug: DRAFT,
      title: "Draft: a fourth outcome of the Xi–Anwar meeting",
      start: "2025-04",
      status: "draft",
      parentSlug: "xi-state-visit-malaysia-2025",
      relations: [{ type: "outcome_of", toSlug: "xi-anwar-bilateral-meeting-seri-perdana" }],
    });
    await createTestEvent({ slug: DELETED, title: "Deleted side event", start: "2025-04-17", status: "published", deleted: true, parentSlug: "xi-state-visit-malaysia-2025" });
  });
  afterAll(() => removeTestEvents([DRAFT, DELETED]));

  it("hides a draft from anonymous visitors and signed-in readers", async () => {
    expect(await getEventBySlug(DRAFT, ANONYMOUS)).toBeNull();
    expect(await getEventBySlug(DRAFT, READER)).toBeNull();
    expect(await isEventVisible(DRAFT, ANONYMOUS)).toBe(false);
  });

  it("shows a draft to an editor, marked as a draft", async () => {
    const draft = await load(DRAFT, EDITOR);
    expect(draft.status).toBe("draft");
    expect(draft.parent?.slug).toBe("xi-state-visit-malaysia-2025");
    expect(related(draft, "Outcome of")).toEqual(["xi-anwar-bilateral-meeting-seri-perdana"]);
    expect(await isEventVisible(DRAFT, EDITOR)).toBe(true);
  });

  it("leaves drafts and deleted events out of a published event's links for readers only", async () => {
    const forReader = await load("xi-anwar-bilateral-meeting-seri-perdana");
    expect(related(forReader, "Led to")).not.toContain(DRAFT);
    const visitForReader = await load("xi-state-visit-malaysia-2025");
    expect(visitForReader.children.map((c) => c.slug)).not.toContain(DRAFT);
    expect(visitForReader.children.map((c) => c.slug)).not.toContain(DELETED);

    const forEditor = await load("xi-anwar-bilateral-meeting-seri-perdana", EDITOR);
    expect(related(forEditor, "Led to")).toHaveLength(4);
    const visitForEditor = await load("xi-state-visit-malaysia-2025", EDITOR);
    expect(visitForEditor.children.find((c) => c.slug === DELETED)).toMatchObject({ deleted: true });
  });

  it("hides a deleted event from readers and shows it to editors as deleted", async () => {
    expect(await getEventBySlug(DELETED, ANONYMOUS)).toBeNull();
    expect(await load(DELETED, EDITOR)).toMatchObject({ deleted: true, status: "published" });
  });
});
