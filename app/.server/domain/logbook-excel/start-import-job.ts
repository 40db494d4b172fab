import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { importJobs, importUploads } from "../../db/schema";
import { userError } from "../../errors";
import type { LogbookContext } from "../logbook/logbook-context";
import { requireSomeActivity } from "./logbook-excel";

/** The job queue's name for a logbook import. */
export const importJobName = "logbook-import";

/** Puts a job on the queue (the job queue's `send`). */
export type Enqueue = (name: string, data: Record<string, unknown>) => Promise<string | null>;

/**
 * Starts importing a checked workbook in the background: records the import (phase "queued")
 * and puts it on the job queue, which imports it all or nothing (`runImportJob`). Returns the
 * import's id, which the page follows. Only the user who uploaded the file may start it.
 * @example const id = await startImportJob(db, ctx, jobs.send, uploadId);
 */
export async function startImportJob(db: Database, ctx: LogbookContext, enqueue: Enqueue, uploadId: string) {
  await requireSomeActivity(db, ctx, "logbook.write");
  if (ctx.actor.kind !== "user") throw userError("forbidden", "onlyUserUploads");
  const gone = userError("upload-expired", "uploadExpired");
  if (!/^[0-9a-f-]{36}$/i.test(uploadId)) throw gone;
  const [upload] = await db
    .select({ fileName: importUploads.fileName })
    .from(importUploads)
    .where(
      and(
        eq(importUploads.id, uploadId),
        eq(importUploads.userId, ctx.actor.userId),
        eq(importUploads.planId, ctx.planId),
      ),
    );
  if (!upload) throw gone;
  const id = randomUUID();
  await db.insert(importJobs).values({
    id,
    organisationId: ctx.resource.organisationId,
    planId: ctx.planId,
    userId: ctx.actor.userId,
    uploadId,
    fileName: upload.fileName,
  });
  await enqueue(importJobName, { importJobId: id });
  return id;
}
