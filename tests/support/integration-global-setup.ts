import { createTestDatabase, seed } from "./test-database";

/** One fresh database, seeded with the reference events, for the whole integration run. */
export default async function setup() {
  const database = await createTestDatabase("it");
  seed(database.url);
  process.env.DATABASE_URL = database.url;
  return async () => {
    await database.drop();
  };
}
