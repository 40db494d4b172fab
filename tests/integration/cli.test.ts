import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "~/.server/db/client";
import type { CliCommand } from "../../cli/io";
import { main } from "../../cli/main";
import { runCli } from "../support/cli";
import { createPostgresDatabase, testDatabaseKind } from "../support/test-database";

const fixtures = join(__dirname, "../fixtures");

describe(`helhed CLI on ${testDatabaseKind}`, () => {
  let env: NodeJS.ProcessEnv;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    if (process.env.DATABASE_URL) {
      const db = await createPostgresDatabase(process.env.DATABASE_URL);
      env = { DATABASE_URL: db.url };
      cleanup = db.drop;
    } else {
      const dir = mkdtempSync(join(tmpdir(), "helhed-cli-"));
      env = { HELHED_DATA_DIR: dir };
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
  });
  afterAll(async () => cleanup());

  it("validates a good and a malformed plan file", async () => {
    const good = await runCli(["plan", "validate", join(fixtures, "mini-plan.yaml")], env);
    expect(good).toMatchObject({ code: 0 });
    const bad = await runCli(["plan", "validate", join(fixtures, "malformed-plan.yaml")], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("har 4 fejl");
    expect(bad.stderr).toContain("focusAreas[0].activities[0].criteria[2].targets[0].period:");
  });

  it("adds users as the operator; data commands need --as and obey the policy", async () => {
    const added = await runCli(
      [
        "user",
        "add",
        "admin@lejerbo.test",
        "--name",
        "Anne",
        "--organisation",
        "Lejerbo København",
        "--role",
        "administrator",
      ],
      env,
    );
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(
      /Invitationslink \(gælder 24 timer\): http:\/\/localhost:3000\/nulstil-adgangskode\/[\w-]{43}/,
    );
    await runCli(["user", "add", "staff@lejerbo.test", "--organisation", "Lejerbo København", "--role", "staff"], env);
    await runCli(
      ["user", "add", "other@andet.test", "--organisation", "Andet Boligselskab", "--role", "administrator"],
      env,
    );
    const anonymous = await runCli(["plans", "list"], env);
    expect(anonymous.code).toBe(1);
    expect(anonymous.stderr).toContain("--as");
    expect((await runCli(["plans", "list", "--as", "nobody@x.test"], env)).stderr).toContain("Der findes ingen bruger");
  });

  it("imports, lists and exports a plan; a bad file changes nothing", async () => {
    env.HELHED_USER = "admin@lejerbo.test";
    expect((await runCli(["plan", "import", join(fixtures, "mini-plan.yaml")], env)).code).toBe(0);
    const bad = await runCli(["plan", "import", join(fixtures, "malformed-plan.yaml")], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("Intet er gemt");
    const list = await runCli(["plans", "list", "--json"], env);
    expect(JSON.parse(list.stdout).map((p: { slug: string }) => p.slug)).toEqual(["mini"]);
    const exported = await runCli(["plan", "export", "mini", "--json"], env);
    expect(JSON.parse(exported.stdout)).toMatchObject({ slug: "mini", kind: "tryghedsplan" });
    const again = await runCli(["plan", "import", join(fixtures, "mini-plan.yaml")], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("--replace");
    // Staff may not export the plan file; another organisation does not even see the plan.
    const staff = await runCli(["plan", "export", "mini", "--as", "staff@lejerbo.test"], env);
    expect(staff.code).toBe(1);
    expect(staff.stderr).toContain("ikke adgang");
    const other = await runCli(["plan", "export", "mini", "--as", "other@andet.test"], env);
    expect(other.stderr).toContain("findes ikke");
    const otherList = await runCli(["plans", "list", "--json", "--as", "other@andet.test"], env);
    expect(JSON.parse(otherList.stdout)).toEqual([]);
  });

  it("answers user errors with exit code 1 and a Danish message", async () => {
    expect(await runCli(["plan", "export", "findes-ikke"], env)).toMatchObject({ code: 1 });
    expect((await runCli(["plan", "import"], env)).stderr).toContain("Angiv planfilen");
    expect((await runCli(["plan", "import", "findes-ikke.yaml"], env)).stderr).toContain("kan ikke læses");
    expect((await runCli(["plans", "list", "--bogus"], env)).code).toBe(1);
    expect((await runCli(["bogus"], env)).stderr).toContain("Ukendt kommando");
    expect((await runCli(["plans", "list"], { ...env, PORT: "nope" })).stderr).toContain("PORT skal være et tal");
  });

  it("answers internal errors with exit code 2 and an error id", async () => {
    const broken: CliCommand = {
      words: ["broken"],
      usage: "",
      summary: "",
      actor: "none",
      run: async () => {
        throw new Error("boom");
      },
    };
    let stderr = "";
    const code = await main(["broken"], { out: () => {}, err: (t) => (stderr += t), env, cwd: process.cwd() }, [
      broken,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/intern fejl \(id [0-9a-f]{8}\)/);
  });
});

describe("the embedded database's lock", () => {
  it("stops a second server on the same data directory with a clear message", async () => {
    const dir = mkdtempSync(join(tmpdir(), "helhed-lock-"));
    const first = await openDatabase({ dataDir: dir });
    try {
      const second = spawnSync(process.execPath, ["bin/helhed.mjs", "serve"], {
        env: { ...process.env, DATABASE_URL: "", HELHED_DATA_DIR: dir, PORT: "3199" },
        encoding: "utf8",
        timeout: 30_000,
      });
      expect(second.status).toBe(1);
      expect(second.stderr).toContain(`bruges allerede af en anden Helhed-proces (pid ${process.pid})`);
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
