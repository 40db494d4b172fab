import { and, eq, gt, lte } from "drizzle-orm";
import type { FactsPatch, RecordList } from "~/measures/patch-facts";
import type { Database } from "../../db/client";
import { logbookChanges } from "../../db/schema";
import { readCriterionValues, readMilestones, readSeriesValues } from "../logbook/facts/read-plan-facts";
import {
  type Intern,
  readAssessments,
  readContacts,
  readCourses,
  readEvents,
  readParticipants,
  readReferrals,
  readVolunteerHours,
} from "../logbook/facts/read-records";

/** Which record list of the facts a changed row's key points into. */
const listOfTable: Record<string, RecordList> = {
  participants: "participants",
  events: "events",
  attendance: "events",
  courses: "courses",
  course_stages: "courses",
  course_follow_ups: "courses",
  contacts: "contacts",
  referrals: "referrals",
  assessments: "assessments",
  volunteer_hours: "volunteerHours",
};
/** Tables whose changes the facts do not read (their effects reach the facts through other tables' triggers). */
const unread = new Set(["households", "event_series", "roster_entries"]);
/** Beyond this many changed rows, one read of the whole logbook is cheaper than many small ones. */
const maxCatchUp = 2_000;

type Reader = (db: Database, planId: string, intern: Intern, ids: string[]) => Promise<unknown[]>;
const readers: Record<RecordList, Reader> = {
  participants: readParticipants,
  events: readEvents,
  courses: readCourses,
  contacts: readContacts,
  referrals: readReferrals,
  assessments: readAssessments,
  volunteerHours: readVolunteerHours,
};

/**
 * What changed in a plan's logbook between two revisions, read back as rows: the patch for the
 * facts, or "reload" when the change was structural (activities), a bulk import, or too large.
 */
export async function readChanges(
  db: Database,
  planId: string,
  from: number,
  to: number,
  intern: Intern,
): Promise<FactsPatch | "reload"> {
  const changes = await db
    .select({ table: logbookChanges.tableName, key: logbookChanges.rowKey })
    .from(logbookChanges)
    .where(and(eq(logbookChanges.planId, planId), gt(logbookChanges.revision, from), lte(logbookChanges.revision, to)));
  if (changes.length > maxCatchUp) return "reload";
  const keys = new Map<RecordList, Set<string>>();
  const whole = new Set<string>();
  for (const { table, key } of changes) {
    if (unread.has(table)) continue;
    if (
      table === "criterion_values" ||
      table === "series_values" ||
      table === "milestones" ||
      table === "milestone_updates"
    ) {
      whole.add(table === "milestone_updates" ? "milestones" : table);
      continue;
    }
    const list = listOfTable[table];
    if (list === undefined || key === null) return "reload";
    const set = keys.get(list) ?? keys.set(list, new Set()).get(list);
    set?.add(key);
  }
  const patch: FactsPatch = {};
  const reads: Promise<void>[] = [];
  for (const [list, set] of keys) {
    const ids = [...set];
    reads.push(
      readers[list](db, planId, intern, ids).then((rows) => void Object.assign(patch, { [list]: { ids, rows } })),
    );
  }
  const readWhole = async <K extends "values" | "seriesValues" | "milestones">(
    list: K,
    read: (db: Database, planId: string) => Promise<FactsPatch[K]>,
  ) => {
    patch[list] = await read(db, planId);
  };
  if (whole.has("criterion_values")) reads.push(readWhole("values", readCriterionValues));
  if (whole.has("series_values")) reads.push(readWhole("seriesValues", readSeriesValues));
  if (whole.has("milestones")) reads.push(readWhole("milestones", readMilestones));
  await Promise.all(reads);
  return patch;
}
