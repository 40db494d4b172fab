import { formatDate } from "~/format/format";
import type { FieldCipher } from "../../crypto/field-encryption";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import type { LogActivity, LogbookContext } from "./logbook-context";
import { correctRecord, loadRecord } from "./write-record";

/**
 * Ends a course with an outcome (job, uddannelse, faldet fra …) on a date; the end date is set
 * to the outcome date unless the course already has one. A course someone else has ended
 * meanwhile (e.g. while this phone was offline) is not ended again over their outcome.
 */
export async function endCourse(
  db: Database,
  cipher: FieldCipher,
  ctx: LogbookContext,
  courseId: string,
  input: { outcome: string; outcomeDate: string },
) {
  const c = await loadRecord(db, ctx, "course", courseId);
  if (c.outcome)
    throw userError("conflict", "courseAlreadyEnded", {
      params: { date: formatDate(String(c.outcomeDate ?? c.endDate ?? "")) },
    });
  await correctRecord(db, cipher, ctx, "course", courseId, {
    activityKey: (ctx.byId.get(c.activityId as string) as LogActivity).key,
    courseType: c.courseType,
    participantId: c.participantId,
    mentorParticipantId: c.mentorParticipantId ?? "",
    startDate: c.startDate,
    endDate: (c.endDate as string | null) ?? input.outcomeDate,
    outcome: input.outcome,
    outcomeDate: input.outcomeDate,
  });
}
