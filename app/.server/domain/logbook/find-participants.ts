import { and, asc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { recordAudit } from "../../audit/record-audit";
import type { Database } from "../../db/client";
import { participants, rosterEntries } from "../../db/schema";
import { type LogbookContext, reachableActivityIds } from "./logbook-context";

/** A participant as lists show them: pseudonymous facts only. */
export interface ParticipantListItem {
  id: string;
  code: string;
  initials: string | null;
  birthYear: number | null;
  departmentNumber: string | null;
}

const listColumns = {
  id: participants.id,
  code: participants.code,
  initials: participants.initials,
  birthYear: participants.birthYear,
  departmentNumber: participants.departmentNumber,
};

/**
 * Finds participants by initials or code, birth year and department — among those on the
 * rosters of the activities the actor works in (no plan-wide browsing of persons).
 */
export async function findParticipants(
  db: Database,
  ctx: LogbookContext,
  query: { text?: string; birthYear?: number; departmentNumber?: string; limit?: number },
): Promise<ParticipantListItem[]> {
  const reach = reachableActivityIds(ctx, "logbook.write");
  if (reach !== "all" && reach.size === 0) return [];
  const text = query.text?.trim();
  const rostered = db
    .select({ id: rosterEntries.participantId })
    .from(rosterEntries)
    .where(
      and(
        eq(rosterEntries.planId, ctx.planId),
        reach === "all" ? undefined : inArray(rosterEntries.activityId, [...reach]),
      ),
    );
  const found = await db
    .select(listColumns)
    .from(participants)
    .where(
      and(
        eq(participants.planId, ctx.planId),
        isNull(participants.deletedAt),
        isNull(participants.erasedAt),
        inArray(participants.id, rostered),
        text ? or(ilike(participants.initials, `${text}%`), ilike(participants.code, `%${text}%`)) : undefined,
        query.birthYear ? eq(participants.birthYear, query.birthYear) : undefined,
        query.departmentNumber ? eq(participants.departmentNumber, query.departmentNumber) : undefined,
      ),
    )
    .orderBy(asc(participants.initials), asc(participants.code))
    .limit(query.limit ?? 50);
  await auditSearch(db, ctx, query, found);
  return found;
}

/**
 * A search in person data is logged with its criteria (Datatilsynet's expectation), once for the
 * search and once on each person found, so a person's access log shows when they were looked up.
 */
async function auditSearch(
  db: Database,
  ctx: LogbookContext,
  query: { text?: string; birthYear?: number; departmentNumber?: string },
  found: { id: string }[],
) {
  const criteria = {
    text: query.text?.trim() || null,
    birthYear: query.birthYear ?? null,
    department: query.departmentNumber ?? null,
  };
  const base = { action: "person.search", organisationId: ctx.resource.organisationId, outcome: "allowed" as const };
  await recordAudit(db, ctx.actor, {
    ...base,
    resourceType: "plan",
    resourceId: ctx.planId,
    details: { criteria, results: found.length },
  });
  for (const p of found)
    await recordAudit(db, ctx.actor, {
      ...base,
      resourceType: "participant",
      resourceId: p.id,
      personId: p.id,
      details: { criteria },
    });
}

/** An activity's roster: the participants attendance is ticked from. */
export async function roster(db: Database, _ctx: LogbookContext, activityId: string): Promise<ParticipantListItem[]> {
  return db
    .select(listColumns)
    .from(rosterEntries)
    .innerJoin(participants, eq(participants.id, rosterEntries.participantId))
    .where(
      and(
        eq(rosterEntries.activityId, activityId),
        isNull(rosterEntries.deletedAt),
        isNull(participants.deletedAt),
        isNull(participants.erasedAt),
      ),
    )
    .orderBy(sql`${participants.initials} nulls last`, asc(participants.code));
}
