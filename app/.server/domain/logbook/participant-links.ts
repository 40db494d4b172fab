import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../db/client";
import {
  assessments,
  attendance,
  contacts,
  courses,
  events,
  participants,
  referrals,
  rosterEntries,
  volunteerHours,
} from "../../db/schema";
import { userError } from "../../errors";
import { isUuid } from "../../ids";
import { type LogbookContext, reachableActivityIds } from "./logbook-context";

/** A participant of the plan (not removed, not erased); anything else is "not found". */
export async function loadParticipant(db: Database, ctx: LogbookContext, participantId: string) {
  if (!isUuid(participantId)) throw userError("not-found", "participantNotFound");
  const [p] = await db
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.id, participantId),
        eq(participants.planId, ctx.planId),
        isNull(participants.deletedAt),
        isNull(participants.erasedAt),
      ),
    );
  if (!p) throw userError("not-found", "participantNotFound");
  return p;
}

/** The activities a participant is linked to: roster, attendance, courses, contacts, referrals, assessments, hours. */
export async function linkedActivityIds(db: Database, participantId: string): Promise<Set<string>> {
  const lists = await Promise.all([
    db
      .select({ a: rosterEntries.activityId })
      .from(rosterEntries)
      .where(and(eq(rosterEntries.participantId, participantId), isNull(rosterEntries.deletedAt))),
    db
      .selectDistinct({ a: events.activityId })
      .from(attendance)
      .innerJoin(events, eq(events.id, attendance.eventId))
      .where(eq(attendance.participantId, participantId)),
    db.select({ a: courses.activityId }).from(courses).where(eq(courses.participantId, participantId)),
    db.select({ a: contacts.activityId }).from(contacts).where(eq(contacts.participantId, participantId)),
    db.select({ a: referrals.activityId }).from(referrals).where(eq(referrals.participantId, participantId)),
    db.select({ a: assessments.activityId }).from(assessments).where(eq(assessments.participantId, participantId)),
    db
      .select({ a: volunteerHours.activityId })
      .from(volunteerHours)
      .where(eq(volunteerHours.participantId, participantId)),
  ]);
  return new Set(lists.flat().map((r) => r.a));
}

/**
 * Whether the actor may read this participant at all: everyone with plan-wide reach, else only
 * people already linked to an activity the actor may read persons on — so nobody can pull a
 * person they cannot see into their own activity (a roster place or an entry) to open the record.
 */
export async function mayReadPerson(db: Database, ctx: LogbookContext, participantId: string): Promise<boolean> {
  const reach = reachableActivityIds(ctx, "person.read");
  if (reach === "all") return true;
  const linked = await linkedActivityIds(db, participantId);
  return [...linked].some((id) => reach.has(id));
}
