import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests sit beside the code; integration tests in tests/integration run on PGlite, or on
// PostgreSQL when DATABASE_URL is set (each test file gets a database of its own).
export default defineConfig({
  resolve: { alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) } },
  test: {
    include: [
      "app/**/*.test.ts",
      "cli/**/*.test.ts",
      "tests/integration/**/*.test.ts",
      "tests/permissions/**/*.test.ts",
      "tests/probe/**/*.test.ts",
      "tests/probe/**/*.test.ts",
    ],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
