import { randomInt, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createUserWithPassword } from "@/lib/actions/create-user";
import { EMPTY_AUDIT_FILTER, parseAuditParams, type AuditFilter } from "@/lib/audit/audit-filter";
import type { AuditAction } from "@/lib/domain/audit";
import type { AuditCursor } from "@/lib/queries/audit/find-audit-entries";
import { listAuditPage } from "@/lib/queries/audit/list-audit-page";
import { loadAuditParams } from "@/lib/queries/audit/load-audit-params";
import { readAuditBatches } from "@/lib/queries/audit/read-audit-batches";

/**
 * Entries written straight into the log at chosen instants of 2001 (no app writes then), for one event id no real
 * event has, so that other test files' entries never mix in.
 */
const eventId = 900_000_000 + randomInt(1_000_000);
let ana: { id: string; email: string };
let bo: { id: string; email: string };

async function makeUser(name: string) {
  const email = `${name.toLowerCase()}-${randomUUID()}@chronicle.test`;
  const { id } = await createUserWithPassword({ email, name, role: "editor", password: "integration-test-password" });
  return { id, email };
}

async function write(action: AuditAction, at: string, extra: { actorId?: string | null; actorEmail?: string | null; eventId?: number | null; subjectId?: string } = {}) {
  const { id } = await db.auditEntry.create({
    data: { action, createdAt: new Date(at), eventId, actorId: null, detail: JSON.stringify({ version: 1 }), ...extra },
    select: { id: true },
  });
  return id;
}

const ids = async (filter: Partial<AuditFilter>, after: AuditCursor | null = null) => (await listAuditPage({ ...EMPTY_AUDIT_FILTER, ...filter }, after)).entries.map((entry) => entry.id);

let byAna: number[];
let byBo: number[];
let failed: number;
let role: number;

beforeAll(async () => {
  [ana, bo] = await Promise.all([makeUser("Ana"), makeUser("Bo")]);
  byAna = [
    await write("event.create", "2001-03-01T10:00:00Z", { actorId: ana.id, actorEmail: ana.email }),
    await write("event.update", "2001-06-15T12:00:00Z", { actorId: ana.id, actorEmail: ana.email }),
  ];
  byBo = [
    await write("event.delete", "2001-12-31T23:59:59Z", { actorId: bo.id, actorEmail: bo.email }),
    await write("event.purge", "2002-01-01T00:00:00Z", { actorId: bo.id, actorEmail: bo.email }),
  ];
  failed = await write("sign_in.failed", "2001-06-15T12:00:00Z", { actorEmail: "Mallory@Example.org", eventId: null });
  role = await write("user.role", "2001-07-01T08:00:00Z", { actorId: bo.id, actorEmail: bo.email, eventId: null, subjectId: ana.id });
});

describe("the audit log's filter", () => {
  it("keeps one event's entries, newest first", async () => {
    expect(await ids({ eventId })).toEqual([byBo[1], byBo[0], byAna[1], byAna[0]]);
  });

  it("keeps one person's entries, and the email recorded with them as typed or in lower case", async () => {
    expect(await ids({ person: ana.id, eventId })).toEqual([byAna[1], byAna[0]]);
    expect(await ids({ person: bo.id, from: { precision: "year", year: 2001 }, to: { precision: "year", year: 2001 } })).toEqual([byBo[0], role]);
    expect(await ids({ email: "Mallory@Example.org" })).toEqual([failed]);
    expect(await ids({ email: ana.email.toUpperCase(), eventId })).toEqual([byAna[1], byAna[0]]);
  });

  it("keeps a kind or one action", async () => {
    const in2001 = { from: { precision: "year", year: 2001 }, to: { precision: "year", year: 2002 } } as const;
    expect(await ids({ ...in2001, person: bo.id, kind: "event" })).toEqual([byBo[1], byBo[0]]);
    expect(await ids({ ...in2001, person: bo.id, kind: "user" })).toEqual([role]);
    expect(await ids({ eventId, action: "event.purge" })).toEqual([byBo[1]]);
    expect((await ids({ ...in2001, kind: "sign_in" })).filter((id) => [failed, ...byAna, ...byBo, role].includes(id))).toEqual([failed]);
  });

  it("keeps a period from the start of `from` to the end of `to`, in UTC", async () => {
    const period = (query: string) => parseAuditParams(new URLSearchParams(`${query}&event=${eventId}`)).value.filter;
    expect(await ids(period("from=2001-06&to=2001-12"))).toEqual([byBo[0], byAna[1]]);
    expect(await ids(period("from=2001-06-16"))).toEqual([byBo[1], byBo[0]]);
    expect(await ids(period("to=2001-06-15"))).toEqual([byAna[1], byAna[0]]);
    expect(await ids(period("from=2002-01-01&to=2002-01-01"))).toEqual([byBo[1]]);
  });

  it("names the account an entry touched and the person who acted", async () => {
    const entry = (await listAuditPage({ ...EMPTY_AUDIT_FILTER, person: bo.id, kind: "user" }, null)).entries[0]!;
    expect(entry).toMatchObject({ id: role, actor: { id: bo.id, name: "Bo", email: bo.email }, subject: { id: ana.id, name: "Ana", email: ana.email }, event: null });
    const failure = (await listAuditPage({ ...EMPTY_AUDIT_FILTER, email: "Mallory@Example.org" }, null)).entries[0]!;
    expect(failure).toMatchObject({ actor: null, actorEmail: "Mallory@Example.org", subject: null });
    // No event has this id: the log says it was purged, with the title its entry kept when it has one.
    expect((await listAuditPage({ ...EMPTY_AUDIT_FILTER, eventId }, null)).entries[0]!.event).toEqual({ id: eventId, title: null, state: "purged" });
  });
});

describe("paging the log", () => {
  const pagedEvent = eventId + 1;
  const ACTIONS = ["event.update", "event.delete", "event.create"] as const;
  const written: { id: number; action: AuditAction }[] = [];
  const newestFirst = (action?: AuditAction) => written.filter((entry) => !action || entry.action === action).map((entry) => entry.id).reverse();
  beforeAll(async () => {
    // 120 entries over 40 instants, three at each (ties only the id orders), of three actions in turn.
    for (let i = 0; i < 120; i++) {
      const at = new Date(Date.UTC(2001, 8, 1) + Math.floor(i / 3) * 60_000).toISOString();
      const action = ACTIONS[i % 3]!;
      written.push({ id: await write(action, at, { eventId: pagedEvent }), action });
    }
  });

  /** Every page the URL parameters give, following each page's Older link; the sizes and the ids seen. */
  async function pageThrough(query: string) {
    const seen: number[] = [];
    const sizes: number[] = [];
    let before: number | null = null;
    do {
      const loaded = await loadAuditParams(new URLSearchParams(`${query}${before ? `&before=${before}` : ""}`));
      expect(loaded.errors).toEqual([]);
      const page = await listAuditPage(loaded.filter, loaded.after);
      sizes.push(page.entries.length);
      seen.push(...page.entries.map((entry) => entry.id));
      before = page.olderBefore;
    } while (before !== null);
    return { sizes, seen };
  }

  it("reads 50 a page by keyset, newest first, each entry once, with an Older link until the last page", async () => {
    expect(await pageThrough(`event=${pagedEvent}`)).toEqual({ sizes: [50, 50, 20], seen: newestFirst() });
    // A kind is one read per action, merged: the same pages.
    expect(await pageThrough(`event=${pagedEvent}&kind=event`)).toEqual({ sizes: [50, 50, 20], seen: newestFirst() });
    expect(await pageThrough(`event=${pagedEvent}&action=event.delete`)).toEqual({ sizes: [40], seen: newestFirst("event.delete") });
  });

  it("reads the same entries in export batches, whatever their size", async () => {
    for (const filter of [{ ...EMPTY_AUDIT_FILTER, eventId: pagedEvent }, { ...EMPTY_AUDIT_FILTER, eventId: pagedEvent, kind: "event" as const }]) {
      for (const size of [7, 50, 1000]) {
        const batches: number[][] = [];
        for await (const batch of readAuditBatches(filter, size)) batches.push(batch.map((entry) => entry.id));
        expect(batches.flat(), `batches of ${size}`).toEqual(newestFirst());
        expect(batches.every((batch) => batch.length <= size)).toBe(true);
        expect(batches.length).toBe(Math.ceil(120 / size));
      }
    }
  });

  it("reports a cursor or a person the database does not know, and shows the rest", async () => {
    const loaded = await loadAuditParams(new URLSearchParams(`event=${pagedEvent}&before=2147483000&person=nobody`));
    expect(loaded.errors.map((error) => error.message)).toEqual([
      "“person” is not an account; pick one from the list.",
      "“before” names no entry of the log (2147483000); the newest entries are shown.",
    ]);
    expect(loaded.after).toBeNull();
    expect(loaded.filter).toEqual({ ...EMPTY_AUDIT_FILTER, eventId: pagedEvent });
  });
});
