// Starts Helhed for the browser tests on a fresh database with the example plans loaded:
// a new temporary PGlite directory, or a new PostgreSQL database when DATABASE_URL is set.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

const env = { ...process.env };
let cleanup = async () => {};
if (process.env.DATABASE_URL) {
  const name = `helhed_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `/${name}`;
  env.DATABASE_URL = url.toString();
  cleanup = async () => {
    const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
} else {
  const dir = mkdtempSync(join(tmpdir(), "helhed-e2e-"));
  env.HELHED_DATA_DIR = dir;
  cleanup = async () => rmSync(dir, { recursive: true, force: true });
}
// Tests that need the data directory (the lock test) read it from here.
writeFileSync(
  join(tmpdir(), "helhed-e2e-env.json"),
  JSON.stringify({ HELHED_DATA_DIR: env.HELHED_DATA_DIR ?? null, DATABASE_URL: env.DATABASE_URL ?? null }),
);

const child = spawn(process.execPath, ["bin/helhed.mjs", "serve", "--demo"], { env, stdio: "inherit" });
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async (code) => {
  await cleanup();
  process.exit(code ?? 0);
});
