// Decision 013d: HELHED_WORKERS server processes on PostgreSQL; refused on the embedded database.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serverDatabase, startHttpServer } from "../support/http-server";
import { testDatabaseKind } from "../support/test-database";

describe("several server processes", () => {
  it("are refused on the embedded database with a message that says what to do, and nothing is made", () => {
    const dir = mkdtempSync(join(tmpdir(), "helhed-workers-"));
    try {
      const run = spawnSync(process.execPath, ["bin/helhed.mjs", "serve"], {
        env: {
          ...process.env,
          DATABASE_URL: "",
          HELHED_DATA_DIR: join(dir, "data"),
          HELHED_WORKERS: "2",
          PORT: "3198",
        },
        encoding: "utf8",
        // The CLI is compiled on first start (tsx): seconds, more on a busy machine.
        timeout: 100_000,
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("HELHED_WORKERS over 1 kræver PostgreSQL");
      expect(existsSync(join(dir, "data")) ? readdirSync(join(dir, "data")) : []).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("refuses a number of processes that is not whole", () => {
    const run = spawnSync(process.execPath, ["bin/helhed.mjs", "serve"], {
      env: { ...process.env, HELHED_WORKERS: "to" },
      encoding: "utf8",
      timeout: 100_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("HELHED_WORKERS skal være et helt antal serverprocesser");
  }, 120_000);

  it.runIf(testDatabaseKind === "postgres")(
    "share the port on PostgreSQL, answer every request, and all stop together",
    async () => {
      const database = await serverDatabase();
      await (await database.open()).close();
      const server = await startHttpServer(database.env, { HELHED_WORKERS: "2" });
      const all = server.pids();
      try {
        expect(server.output()).toContain("(2 serverprocesser)");
        expect(all.length).toBe(3);
        // Separate connections: the primary hands them to both workers.
        const answers = await Promise.all(
          Array.from({ length: 40 }, () =>
            fetch(`${server.base}/logind`, { headers: { Connection: "close" } }).then(async (r) => {
              await r.arrayBuffer();
              return r.status;
            }),
          ),
        );
        expect(answers.filter((s) => s !== 200)).toEqual([]);
      } finally {
        await server.close();
        await database.drop();
      }
      const running = () => all.filter((pid) => existsSync(`/proc/${pid}`));
      for (let i = 0; i < 150 && running().length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(running()).toEqual([]);
    },
    240_000,
  );
});
