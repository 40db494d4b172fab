import { desc, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import { contacts, households, participants } from "../../db/schema";
import { daysOfActivities } from "./days-of-activities";
import type { LogbookContext } from "./logbook-context";

/** A contact as the activity's page lists it: when, about what, and with whom (codes, never notes). */
export interface ContactItem {
  id: string;
  date: string;
  topic: string | null;
  participantId: string | null;
  code: string | null;
  initials: string | null;
  household: string | null;
}

/**
 * The contacts (henvendelser) of some activities between two days, newest first: what a worker
 * logged shows on the activity's page, so they can see it was saved and check it.
 */
export async function recentContacts(
  db: Database,
  ctx: LogbookContext,
  activityIds: string[],
  from: string,
  to: string,
  limit = 20,
): Promise<ContactItem[]> {
  if (activityIds.length === 0) return [];
  const rows = await db
    .select({
      id: contacts.id,
      date: contacts.date,
      topic: contacts.topic,
      participantId: contacts.participantId,
      code: participants.code,
      initials: participants.initials,
      household: households.code,
    })
    .from(contacts)
    .leftJoin(participants, eq(participants.id, contacts.participantId))
    .leftJoin(households, eq(households.id, contacts.householdId))
    .where(daysOfActivities(contacts, ctx.planId, activityIds, from, to))
    .orderBy(desc(contacts.date), desc(contacts.createdAt), desc(contacts.id))
    .limit(limit);
  const topics = new Map((ctx.plan.logbook?.contactTopics ?? []).map((t) => [t.key, t.name]));
  return rows.map((r) => ({ ...r, topic: r.topic === null ? null : (topics.get(r.topic) ?? r.topic) }));
}
