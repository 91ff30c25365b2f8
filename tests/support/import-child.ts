/**
 * A child process that imports `count` rows and is meant to be killed half-way (tests/integration/import-killed.test.ts).
 * DATABASE_URL is the test database. It says "writing" once the import's transaction has begun.
 */
import { createUserWithPassword } from "../../lib/actions/create-user";
import { commitImport } from "../../lib/actions/import/commit-import";
import { db } from "../../lib/db/client";
import { readChronicleJson } from "../../lib/import/chronicle-json/read-chronicle-json";

async function main() {
  const [tag, countText] = process.argv.slice(2);
  const count = Number(countText);
  const { id } = await createUserWithPassword({ email: `killed-${tag}@chronicle.test`, name: "Killed import", role: "admin", password: "integration-test-password" });
  const events = Array.from({ length: count }, (_, index) => ({
    externalId: `killed-${tag}-${index}`,
    title: `Killed import ${tag} ${index}`,
    start: { precision: "year", value: String(1990 + (index % 30)) },
    status: "published",
    countries: ["MY"],
    topics: ["diplomacy"],
  }));
  const read = readChronicleJson({ format: "chronicle", version: 1, events });
  if (!read.ok) throw new Error(read.message);
  // The first write of the transaction is the batch row; the moment it exists (uncommitted), the import is under way.
  const original = db.$transaction.bind(db);
  (db as { $transaction: unknown }).$transaction = (fn: (tx: unknown) => Promise<unknown>, options?: unknown) =>
    original(async (tx) => {
      process.stdout.write("writing\n");
      return fn(tx);
    }, options as never);
  const result = await commitImport({ fileName: "killed.json", format: "chronicle-json", rows: read.rows }, { userId: id, role: "admin" });
  process.stdout.write(`done ${JSON.stringify(result).slice(0, 200)}\n`);
}

void main();
