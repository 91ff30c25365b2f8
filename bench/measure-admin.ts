import { percentile } from "./timing";

export interface AdminTiming {
  what: string;
  path: string;
  p50: number;
  p95: number;
  runs: number;
  /** Bytes of the last answer: a page that sends the whole database shows here first. */
  bytes: number;
}

export interface AdminMeasurement {
  busyEventId: number;
  pages: AdminTiming[];
  save: AdminTiming;
}

interface Editor {
  email: string;
  password: string;
  busyEventId: number;
}

export async function signIn(origin: string, editor: Pick<Editor, "email" | "password">): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email: editor.email, password: editor.password }),
  });
  if (!response.ok) throw new Error(`bench editor sign-in: ${response.status} ${await response.text()}`);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

async function time(runs: number, once: () => Promise<number>): Promise<{ samples: number[]; bytes: number }> {
  await once(); // warm-up
  const samples: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    bytes = await once();
    samples.push(performance.now() - started);
  }
  return { samples: samples.sort((a, b) => a - b), bytes };
}

const summary = (what: string, path: string, { samples, bytes }: { samples: number[]; bytes: number }): AdminTiming => ({
  what,
  path,
  p50: Math.round(percentile(samples, 50) * 10) / 10,
  p95: Math.round(percentile(samples, 95) * 10) / 10,
  runs: samples.length,
  bytes,
});

/**
 * The editors' pages as the bench editor gets them from `next start` (whole answers, loopback), and a save through the
 * API with its revision and audit entry. The saves alternate the busiest event's summary and end on the original,
 * so the database's content is as before (its version and history grow).
 */
export async function measureAdmin(origin: string, editor: Editor, runs = 20): Promise<AdminMeasurement> {
  const cookie = await signIn(origin, editor);
  const get = (path: string) => async () => {
    const response = await fetch(`${origin}${path}`, { headers: { cookie } });
    const body = await response.arrayBuffer();
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return body.byteLength;
  };
  const pages = [
    summary("admin list", "/admin", await time(runs, get("/admin"))),
    summary("new event form", "/admin/events/new", await time(runs, get("/admin/events/new"))),
    summary("edit form of the busiest event", `/admin/events/${editor.busyEventId}/edit`, await time(runs, get(`/admin/events/${editor.busyEventId}/edit`))),
  ];

  const eventPath = `/api/v1/events/${editor.busyEventId}`;
  const read = async () => (await (await fetch(`${origin}${eventPath}`, { headers: { cookie } })).json()).data as Record<string, unknown> & { version: number; summary: string };
  let record = await read();
  const original = record.summary;
  let saves = 0;
  const save = async () => {
    const summaryText = saves++ % 2 === 0 ? `${original} (bench)` : original;
    const response = await fetch(`${origin}${eventPath}`, {
      method: "PATCH",
      headers: { cookie, origin, "content-type": "application/json" },
      body: JSON.stringify({ ...record, summary: summaryText }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`save: ${response.status} ${text.slice(0, 300)}`);
    record = { ...record, summary: summaryText, version: (JSON.parse(text) as { data: { version: number } }).data.version };
    return text.length;
  };
  const saveTiming = summary("save (with its revision)", `PATCH ${eventPath}`, await time(runs % 2 === 0 ? runs + 1 : runs, save));
  if (record.summary !== original) await save();
  return { busyEventId: editor.busyEventId, pages, save: saveTiming };
}
