// npm run bench:import-sign-in — a 100,000-row logbook import on PostgreSQL (`helhed log import`
// in its own process) while a real server (`helhed serve`) answers sign-ins every half second.
// The import's own speed is another matter (it writes in one transaction); what is measured here
// is that nothing it holds — the audit log above all — makes sign-in wait: every sign-in during
// the import must answer within 1 s. PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { hashPassword } from "~/.server/auth/passwords";
import { openDatabase } from "~/.server/db/client";
import { rawRows } from "~/.server/db/raw-rows";
import { users } from "~/.server/db/schema";
import { openLogbook } from "~/.server/domain/logbook/logbook-context";
import { logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { setUpLogbookPlan } from "../tests/support/logbook-setup";
import { createPostgresDatabase } from "../tests/support/test-database";
import { attendanceCount, eventsCount, people, workbook } from "./bench/import-workbook";

const password = "hest batteri hæfteklamme korrekt";
function start(
  args: string[],
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; output: () => string; done: Promise<number> } {
  const child = spawn(process.execPath, ["bin/helhed.mjs", ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const done = new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)));
  return { child, output: () => output, done };
}

async function signIn(base: string): Promise<number> {
  const csrf = randomBytes(32).toString("base64url");
  const t = performance.now();
  const res = await fetch(`${base}/logind`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: `helhed_csrf=${csrf}`, Origin: base, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, email: "manager@test.dk", password }),
  });
  if (res.status !== 302) throw new Error(`Log ind svarede ${res.status}`);
  return performance.now() - t;
}

async function main() {
  const admin = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const created = await createPostgresDatabase(admin);
  const env = {
    DATABASE_URL: created.url,
    HELHED_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    PORT: String(3000 + Math.floor(Math.random() * 1000) + 5000),
  };
  let server: ReturnType<typeof start> | undefined;
  try {
    const h = await openDatabase({ databaseUrl: created.url, dataDir: "memory" });
    await h.migrate();
    const s = await setUpLogbookPlan(h.db);
    await h.db
      .update(users)
      .set({ passwordHash: await hashPassword(password) })
      .where(eq(users.id, s.manager.userId));
    const file = join(mkdtempSync(join(tmpdir(), "helhed-bench-")), "logbog-100000.xlsx");
    writeFileSync(
      file,
      await workbook(await logbookTemplate(h.db, await openLogbook(h.db, s.manager, "logbog-test", "plan.read"))),
    );
    await h.close();
    console.log(`Arbejdsbog med ${people + eventsCount + attendanceCount} rækker: ${file}`);

    server = start(["serve"], env);
    while (!server.output().includes("Helhed kører på")) await new Promise((r) => setTimeout(r, 100));
    const base = `http://127.0.0.1:${env.PORT}`;
    const quiet: number[] = [];
    for (let i = 0; i < 5; i++) quiet.push(await signIn(base));

    const started = performance.now();
    const importing = start(["log", "import", "logbog-test", file, "--as", "manager@test.dk"], env);
    let finished = false;
    void importing.done.then(() => (finished = true));
    const during: number[] = [];
    // Beside the time (which a busy machine stretches): how many connections wait for a lock.
    const watch = await openDatabase({ databaseUrl: created.url, dataDir: "memory" });
    const lockWaits: number[] = [];
    while (!finished) {
      during.push(await signIn(base));
      const [w] = await rawRows<{ n: number }>(
        watch.db,
        sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      lockWaits.push(Number(w.n));
      await new Promise((r) => setTimeout(r, 500));
    }
    await watch.close();
    const code = await importing.done;
    const seconds = (performance.now() - started) / 1000;
    const max = Math.max(...during);
    const median = [...during].sort((a, b) => a - b)[Math.floor(during.length / 2)];
    console.log(
      `Import: exit ${code} efter ${seconds.toFixed(0)} s. ${importing.output().trim().split("\n").slice(-2).join(" / ")}`,
    );
    console.log(`Log ind uden import: median ${[...quiet].sort((a, b) => a - b)[2].toFixed(0)} ms`);
    console.log(
      `Log ind under importen: ${during.length} gange, median ${median.toFixed(0)} ms, længst ${max.toFixed(0)} ms`,
    );
    console.log(`Forbindelser, der ventede på en lås, ved hver måling: højst ${Math.max(0, ...lockWaits)}`);
    const ok = code === 0 && max < 1000;
    console.log(ok ? "Importen blev færdig, og log ind svarede hver gang på under 1 s: ja" : "NEJ");
    process.exitCode = ok ? 0 : 1;
  } finally {
    server?.child.kill("SIGTERM");
    await server?.done;
    await created.drop();
  }
}

await main();
