/**
 * Run with DATABASE_URL set to a bench database (its own process: the data layer binds to it when first imported).
 * Makes the bench editor if missing and prints, as JSON, its credentials and the busiest event to edit: the one with
 * the most sources, links and relations, the edit form's heaviest case.
 */
import { createUserWithPassword, findUserIdByEmail } from "../lib/actions/create-user";
import { db } from "../lib/db/client";

const BENCH_EDITOR = { email: "bench-editor@chronicle.test", password: "bench-editor-password-1", name: "Bench Editor" };

async function main() {
  if (!(await findUserIdByEmail(BENCH_EDITOR.email))) await createUserWithPassword({ ...BENCH_EDITOR, role: "editor" });
  const [busiest] = await db.$queryRawUnsafe<{ id: number }[]>(
    `SELECT e.id FROM events e
       LEFT JOIN (SELECT event_id, COUNT(*) AS n FROM sources GROUP BY event_id) s ON s.event_id = e.id
       LEFT JOIN (SELECT from_id, COUNT(*) AS n FROM event_relations GROUP BY from_id) r ON r.from_id = e.id
     WHERE e.deleted_at IS NULL
     ORDER BY COALESCE(s.n, 0) + COALESCE(r.n, 0) DESC, e.id LIMIT 1`,
  );
  console.log(JSON.stringify({ ...BENCH_EDITOR, busyEventId: Number(busiest!.id) }));
  await db.$disconnect();
}

void main();
