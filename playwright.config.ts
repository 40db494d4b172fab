import { defineConfig } from "@playwright/test";
import { launchOptions } from "./tests/e2e/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

// The browser tests start their own server (scripts/e2e-server.mjs) on a fresh database:
// a temporary PGlite directory, or a new PostgreSQL database when DATABASE_URL is set.
export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  // The machine may be busy (two browser workers and the server on two cores): give pages time.
  expect: { timeout: 10_000 },
  workers: 2,
  // One retry: a test that fails and then passes is reported as flaky (and counted), not hidden.
  retries: 1,
  reporter: [["list"]],
  use: { baseURL: `http://localhost:${port}`, launchOptions, locale: "da-DK" },
  webServer: {
    command: "node scripts/e2e-server.mjs",
    url: `http://localhost:${port}/`,
    env: { PORT: String(port) },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
