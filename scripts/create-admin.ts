/**
 * Creates the first admin (or any user) outside the demo data:
 *   npm run admin:create -- --email you@example.org --name "Your Name" [--role admin|editor|viewer]
 * The password is read from CHRONICLE_ADMIN_PASSWORD or asked for on the terminal; none is built in.
 */
import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { createUserWithPassword, findUserIdByEmail } from "../lib/actions/create-user";
import { MIN_PASSWORD_LENGTH } from "../lib/domain/passwords";
import { ROLES, type Role } from "../lib/domain/roles";

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("Set CHRONICLE_ADMIN_PASSWORD or run this in a terminal to type the password.");
  const readline = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: readline echoes through _writeToOutput.
  const rl = readline as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let muted = false;
  rl._writeToOutput = (s: string) => { if (!muted || s.includes("\n")) rl.output.write(muted ? "\n" : s); };
  const ask = async (prompt: string) => {
    const answer = readline.question(prompt);
    muted = true;
    const value = await answer;
    muted = false;
    return value;
  };
  const first = await ask(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `);
  const second = await ask("Repeat the password: ");
  readline.close();
  if (first !== second) throw new Error("The two passwords differ.");
  return first;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } } });
  if (!values.email || !values.name) throw new Error('Usage: npm run admin:create -- --email you@example.org --name "Your Name" [--role admin]');
  if (!(ROLES as readonly string[]).includes(values.role!)) throw new Error(`--role must be one of ${ROLES.join(", ")}.`);
  if (await findUserIdByEmail(values.email)) throw new Error(`A user with the email ${values.email} already exists.`);
  const password = process.env.CHRONICLE_ADMIN_PASSWORD ?? (await askPassword());
  await createUserWithPassword({ email: values.email, name: values.name, role: values.role as Role, password });
  console.log(`Created ${values.role} ${values.email}. Sign in at /sign-in.`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
