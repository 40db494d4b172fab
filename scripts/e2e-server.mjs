// Starts Helhed for the browser tests on a fresh database with the example plans loaded:
// a new temporary PGlite directory, or a new PostgreSQL database when DATABASE_URL is set.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** Whether a process with this id is running on this machine. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

const env = { ...process.env };
let cleanup = async () => {};
if (process.env.DATABASE_URL) {
  const name = `helhed_e2e_${process.pid}`;
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  // A run stopped hard (Playwright ends its web server without waiting) leaves its database behind:
  // those of runs whose process is gone are dropped here; a run still going keeps its own.
  const { rows } = await admin.query("SELECT datname FROM pg_database WHERE datname ~ '^helhed_e2e_[0-9]+$'");
  for (const { datname } of rows) {
    const pid = Number(datname.slice("helhed_e2e_".length));
    if (pid !== process.pid && !alive(pid)) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
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
