import type { NewUser } from "../../lib/actions/create-user";

/**
 * The demo editor of the starter data (its credentials are in the README). It exists only in databases
 * seeded with the demo data; CHRONICLE_SEED_DEMO_USERS=0 leaves it out.
 */
export const DEMO_USERS: NewUser[] = [
  { email: "editor@chronicle.test", name: "Demo Editor", role: "editor", password: "chronicle-demo-editor" },
];
