import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock";
import { oneQueryAtATime } from "./one-query-at-a-time";
import * as schema from "./schema";

/** The database as the domain sees it: the same Drizzle API on PGlite and on PostgreSQL. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

/** An open database with what is needed to migrate and close it. */
export interface DatabaseHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Where the data lives, for messages: a directory, "memory" or the server address. */
  location: string;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("../../../drizzle", import.meta.url));

/**
 * Opens PostgreSQL when `databaseUrl` is given, else the embedded PGlite in `dataDir`
 * (locked against other processes) or in memory when `dataDir` is "memory".
 */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
    // A connection the server ends (a restart, an administrator) must not take the process down:
    // a query in flight still gets its error; the lost connection is only logged.
    const lost = (error: Error) => console.warn(`Forbindelsen til PostgreSQL blev afbrudt: ${error.message}`);
    pool.on("error", lost);
    pool.on("connect", (client) => {
      client.on("error", lost);
      oneQueryAtATime(client);
    });
    const db = drizzlePg({ client: pool, schema, casing: "snake_case" });
    const url = new URL(options.databaseUrl);
    return {
      db: db as unknown as Database,
      kind: "postgres",
      location: `${url.hostname}:${url.port || 5432}${url.pathname}`,
      migrate: () => migratePg(db, { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  const inMemory = options.dataDir === "memory";
  const release = inMemory ? () => {} : lockDataDir(options.dataDir);
  try {
    const client = inMemory ? new PGlite() : new PGlite(options.dataDir);
    await client.waitReady;
    const db = drizzlePglite({ client, schema, casing: "snake_case" });
    return {
      db: db as unknown as Database,
      kind: "pglite",
      location: options.dataDir,
      migrate: () => migratePglite(db, { migrationsFolder }),
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
