import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The data-access boundary: only these folders may reach the database client.
const DATA_ACCESS = ["prisma.config.ts", "lib/db/**", "lib/queries/**", "lib/actions/**", "lib/auth/**", "prisma/**", "scripts/**", "bench/**", "tests/**", "e2e/**"];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["lib/db/generated/**", ".data/**", ".next/**", "node_modules/**", "next-env.d.ts", "playwright-report/**", "test-results/**"] },
  {
    files: ["**/*.{ts,tsx}"],
    ignores: DATA_ACCESS,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db/*", "**/lib/db/*", "@prisma/*", "**/generated/*"], message: "Only lib/queries and lib/actions talk to the database; call a function there." },
          ],
        },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
