import type { NewUser } from "../../lib/actions/create-user";

/**
 * The demo accounts of the starter data, one per role that writes (their credentials are in the README). It exists only in databases
 * seeded with the demo data; CHRONICLE_SEED_DEMO_USERS=0 leaves it out.
 */
export const DEMO_USERS: NewUser[] = [
  { email: "editor@chronicle.test", name: "Demo Editor", role: "editor", password: "chronicle-demo-editor" },
  { email: "reviewer@chronicle.test", name: "Demo Reviewer", role: "reviewer", password: "chronicle-demo-reviewer" },
  { email: "admin@chronicle.test", name: "Demo Admin", role: "admin", password: "chronicle-demo-admin" },
];
