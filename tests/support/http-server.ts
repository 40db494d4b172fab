import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, openDatabase } from "~/.server/db/client";
import { createPostgresDatabase } from "./test-database";

const root = fileURLToPath(new URL("../../", import.meta.url));

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

/** A process and all its children, grandchildren … (Linux /proc). */
function processTree(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {}
  return [pid, ...children.flatMap(processTree)];
}

/** A process's resident memory in MB (0 when it has ended). */
function rssOf(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/**
 * A database for a real `helhed serve` in a child process: PostgreSQL (a fresh database) when
 * DATABASE_URL is set, else a PGlite directory. The test sets it up through `open()`, closes it
 * (PGlite is one process at a time), starts the server, and opens it again to look afterwards.
 */
export async function serverDatabase() {
  const pgUrl = process.env.DATABASE_URL ? await createPostgresDatabase(process.env.DATABASE_URL) : undefined;
  const dir = pgUrl ? undefined : mkdtempSync(join(tmpdir(), "helhed-probe-"));
  const env: NodeJS.ProcessEnv = pgUrl ? { DATABASE_URL: pgUrl.url } : { HELHED_DATA_DIR: dir };
  const open = async (): Promise<DatabaseHandle> => {
    const h = await openDatabase({ databaseUrl: pgUrl?.url, dataDir: dir ?? "memory" });
    await h.migrate();
    return h;
  };
  const drop = async () => {
    if (pgUrl) await pgUrl.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  return { env, open, drop };
}

/**
 * The real server on a database the test sets up first: `setUp` runs on the open database, which is
 * then closed (PGlite is one process at a time) and served. `stop` ends the server and drops the database.
 */
export async function serveAfterSetUp(setUp: (h: DatabaseHandle) => Promise<void>, env: NodeJS.ProcessEnv = {}) {
  const database = await serverDatabase();
  const h = await database.open();
  try {
    await setUp(h);
  } finally {
    await h.close();
  }
  const app = await startHttpServer(database.env, env);
  return {
    database,
    app,
    stop: async () => {
      await app.close();
      await database.drop();
    },
  };
}

/** The real server (`helhed serve`, built app) on 127.0.0.1, with its process id for measuring its memory. */
export async function startHttpServer(databaseEnv: NodeJS.ProcessEnv, env: NodeJS.ProcessEnv = {}) {
  if (!existsSync(join(root, "build/server/index.js")))
    throw new Error("Appen er ikke bygget. Kør npm run build først.");
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["bin/helhed.mjs", "serve"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      TMPDIR: process.env.TMPDIR,
      ...databaseEnv,
      PORT: String(port),
      HELHED_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c) => {
    output += c;
  });
  child.stderr?.on("data", (c) => {
    output += c;
  });
  const deadline = Date.now() + 60_000;
  while (!output.includes("Helhed kører på")) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Serveren startede ikke:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const base = `http://127.0.0.1:${port}`;
  const csrf = randomBytes(32).toString("base64url");
  return {
    base,
    /** The server's resident memory now, in MB: its process and, with HELHED_WORKERS, every worker. */
    rssMb: () => processTree(child.pid ?? 0).reduce((mb, pid) => mb + rssOf(pid), 0),
    /** The server's process ids: its own and, with HELHED_WORKERS, its workers'. */
    pids: () => processTree(child.pid ?? 0),
    /** Cookie, origin and form token that pass the CSRF check, for a session token or none. */
    auth: (token?: string) => ({
      cookie: `helhed_csrf=${csrf}${token ? `; helhed_session=${token}` : ""}`,
      origin: base,
      csrf,
    }),
    output: () => output,
    close: async () => {
      child.kill("SIGTERM");
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    },
  };
}
