import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/support/chromium";
import { testDatabaseUrl } from "./tests/support/test-database";

// Computed once in the runner; workers inherit the environment, so every process names the same database.
process.env.CHRONICLE_E2E_DATABASE_URL ??= testDatabaseUrl("e2e");
const databaseUrl = process.env.CHRONICLE_E2E_DATABASE_URL;
const port = Number(process.env.CHRONICLE_E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { baseURL, trace: "retain-on-failure", screenshot: "only-on-failure" },
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, use: chromium },
    { name: "chromium", use: chromium, dependencies: ["setup"], testIgnore: /.*\.setup\.ts/ },
  ],
  globalTeardown: "./tests/support/e2e-global-teardown.ts",
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      CHRONICLE_DISABLE_RATE_LIMIT: "1",
      CHRONICLE_DATA_DIR: ".data/test",
    },
  },
});
