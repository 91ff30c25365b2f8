import { seedReferenceData } from "./seed-reference-data";

const demoUsers = process.env.CHRONICLE_SEED_DEMO_USERS !== "0";
const { created } = await seedReferenceData({ demoUsers });
console.log(created ? `Seeded ${created} reference events.` : "Reference data already present; nothing to add.");
process.exit(0);
