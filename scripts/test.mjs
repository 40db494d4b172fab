// `npm test`: the whole suite — types, lint, build, unit and integration tests, browser tests.
// With DATABASE_URL set, the integration and browser tests run on that PostgreSQL server
// (in databases of their own); without it, on the embedded PGlite.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";

const db = process.env.DATABASE_URL ? `PostgreSQL (${new URL(process.env.DATABASE_URL).host})` : "PGlite (indlejret)";
const steps = [
  ["Systemværktøjer (Chromium, poppler)", "node", ["scripts/ensure-system-tools.mjs"]],
  ["Typekontrol", "npm", ["run", "--silent", "typecheck"]],
  ["Lint", "npm", ["run", "--silent", "lint"]],
  ["Byg", "npm", ["run", "--silent", "build"]],
  [
    `Enheds- og integrationstest på ${db}`,
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile.json=.tmp/results/vitest.json"],
  ],
  [`Browsertest på ${db}`, "npx", ["playwright", "test", "--reporter=list,json"]],
];
mkdirSync(".tmp/results", { recursive: true });
process.env.PLAYWRIGHT_JSON_OUTPUT_NAME = ".tmp/results/playwright.json";
const started = Date.now();
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const t = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`\n${name} fejlede (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
  console.log(`--- ${name}: ok (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
const read = (f) => (existsSync(f) ? JSON.parse(readFileSync(f, "utf8")) : {});
const unit = read(".tmp/results/vitest.json");
const e2e = read(".tmp/results/playwright.json").stats ?? {};
const passed = (unit.numPassedTests ?? 0) + (e2e.expected ?? 0) + (e2e.flaky ?? 0);
const failed = (unit.numFailedTests ?? 0) + (e2e.unexpected ?? 0);
console.log(`\nAlle trin bestået på ${db} (${((Date.now() - started) / 1000).toFixed(0)} s).`);
console.log(`${passed} passed, ${failed} failed, ${(unit.numPendingTests ?? 0) + (e2e.skipped ?? 0)} skipped`);
