import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { PlanFile } from "~/plan-format/plan";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { planVersions } from "../../db/schema";

export type VersionRow = typeof planVersions.$inferSelect;

/** The plan's versions, newest first. */
export function versionsOf(db: Database, planId: string): Promise<VersionRow[]> {
  return db.select().from(planVersions).where(eq(planVersions.planId, planId)).orderBy(desc(planVersions.number));
}

/** The version being worked on (draft or submitted), if any. */
export async function openVersion(db: Database, planId: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), inArray(planVersions.status, ["draft", "submitted"])))
    .orderBy(desc(planVersions.number))
    .limit(1);
  return row;
}

/** The version in force: the latest approved one. */
export async function approvedVersion(db: Database, planId: string): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.planId, planId), eq(planVersions.status, "approved")))
    .orderBy(desc(planVersions.number))
    .limit(1);
  return row;
}

/** Adds a version with the next number. */
export async function addVersion(
  db: Database,
  input: {
    planId: string;
    organisationId: string;
    document: PlanFile;
    status: VersionRow["status"];
    actor: Actor;
    basedOn?: string;
    approval?: { body: string; on: string; note?: string };
  },
): Promise<VersionRow> {
  const [last] = await db
    .select({ n: planVersions.number })
    .from(planVersions)
    .where(eq(planVersions.planId, input.planId))
    .orderBy(desc(planVersions.number))
    .limit(1);
  const by = input.actor.kind === "user" ? input.actor.userId : null;
  const [row] = await db
    .insert(planVersions)
    .values({
      id: randomUUID(),
      organisationId: input.organisationId,
      planId: input.planId,
      number: (last?.n ?? 0) + 1,
      status: input.status,
      document: input.document,
      basedOn: input.basedOn,
      createdBy: by,
      approvedBody: input.approval?.body,
      approvedOn: input.approval?.on,
      decisionNote: input.approval?.note,
      approvedBy: input.approval ? by : null,
    })
    .returning();
  return row;
}
