import { dropDatabase } from "./test-database";

/** The web server may be killed before it can clean up; the runner drops the e2e database itself. */
export default async function teardown() {
  const url = process.env.CHRONICLE_E2E_DATABASE_URL;
  if (url) await dropDatabase(url);
}
