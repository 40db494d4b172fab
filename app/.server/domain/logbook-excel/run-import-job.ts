import { eq, lt, sql } from "drizzle-orm";
import { loadActor } from "../../auth/load-actor";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { importJobs, plans, users } from "../../db/schema";
import { errorText, logInternalError, UserError } from "../../errors";
import { openLogbook } from "../logbook/logbook-context";
import type { ImportJobResult } from "./import-job-status";
import { importProgressRecorder } from "./import-progress-recorder";
import { importLogbook } from "./logbook-excel";
import { dropUpload, stagedUpload } from "./staged-uploads";

/** Problems kept with a finished import for the page (the rest are counted). */
const keptProblems = 500;
/** Finished imports are forgotten after a week (their problems quote cells of the file). */
const keptDays = 7;

/**
 * The job that imports a workbook started by `startImportJob`, as the user who started it (their
 * rights as they are now): reads and checks every row, then writes all of them in one transaction
 * or none, recording its progress and, at the end, what it did. An import already finished is
 * left alone, so a job delivered twice imports once.
 * @example await runImportJob(db, cipher, { importJobId }, console.error);
 */
export async function runImportJob(
  db: Database,
  cipher: FieldCipher,
  data: Record<string, unknown>,
  logError: (line: string) => void,
) {
  const id = String(data.importJobId ?? "");
  await db.delete(importJobs).where(lt(importJobs.updatedAt, new Date(Date.now() - keptDays * 86_400_000)));
  const [job] = await db
    .select({ job: importJobs, user: users, slug: plans.slug })
    .from(importJobs)
    .innerJoin(users, eq(users.id, importJobs.userId))
    .innerJoin(plans, eq(plans.id, importJobs.planId))
    .where(eq(importJobs.id, id));
  if (!job || job.job.phase === "done" || job.job.phase === "failed") return;
  const recorder = importProgressRecorder(db, id);
  let result: ImportJobResult;
  try {
    if (job.user.disabledAt) throw new UserError("user-disabled", "yourUserDisabled");
    const ctx = await openLogbook(db, await loadActor(db, job.user), job.slug, "logbook.write");
    const staged = await stagedUpload(db, cipher, ctx, job.job.uploadId ?? "");
    const report = await importLogbook(db, ctx, staged.bytes, { onProgress: recorder.report });
    result = {
      imported: report.imported,
      created: report.imported ? report.totals.create : 0,
      rows: report.totals.rows,
      problems: report.problems.slice(0, keptProblems),
      problemCount: report.problems.length,
      message: report.mappingNeeded.length > 0 ? errorText("chooseColumnsFirst") : undefined,
    };
    if (report.imported) await dropUpload(db, staged.id);
  } catch (error) {
    const message =
      error instanceof UserError
        ? error.message
        : errorText("importFailedWithId", { id: logInternalError(error, logError) });
    result = { imported: false, created: 0, rows: 0, problems: [], problemCount: 0, message };
  }
  await recorder.flush();
  await db
    .update(importJobs)
    .set({
      phase: result.imported ? "done" : "failed",
      rowsDone: result.created,
      rowsTotal: result.imported ? result.created : result.rows,
      result,
      updatedAt: sql`now()`,
    })
    .where(eq(importJobs.id, id));
}
