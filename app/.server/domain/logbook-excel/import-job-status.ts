import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { type ImportJobPhase, importJobs } from "../../db/schema";
import { userError } from "../../errors";
import type { LogbookContext } from "../logbook/logbook-context";
import type { ImportProblem } from "./validate-import";

/** What a finished import did: rows written, or the problems that stopped it (then nothing changed). */
export interface ImportJobResult {
  imported: boolean;
  created: number;
  rows: number;
  problems: ImportProblem[];
  problemCount: number;
  /** Why it stopped, when not for problems in rows (rights, an expired file, an error of ours). */
  message?: string;
}

/** Where a background import has got to, as the page and its JSON route show it. */
export interface ImportJobStatus {
  id: string;
  fileName: string;
  phase: ImportJobPhase;
  done: number;
  total: number;
  finished: boolean;
  result: ImportJobResult | null;
}

/**
 * The state of an import the user started in this plan; another user's import is not found.
 * @example const status = await importJobStatus(db, ctx, id);
 */
export async function importJobStatus(db: Database, ctx: LogbookContext, id: string): Promise<ImportJobStatus> {
  const missing = userError("not-found", "importNotFound");
  if (ctx.actor.kind !== "user" || !/^[0-9a-f-]{36}$/i.test(id)) throw missing;
  const [row] = await db
    .select()
    .from(importJobs)
    .where(and(eq(importJobs.id, id), eq(importJobs.userId, ctx.actor.userId), eq(importJobs.planId, ctx.planId)));
  if (!row) throw missing;
  return {
    id: row.id,
    fileName: row.fileName,
    phase: row.phase,
    done: row.rowsDone,
    total: row.rowsTotal,
    finished: row.phase === "done" || row.phase === "failed",
    result: (row.result as ImportJobResult | null) ?? null,
  };
}
