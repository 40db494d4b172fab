import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../../db/client";
import { auditEvents, users } from "../../db/schema";
import type { LogbookContext } from "../logbook/logbook-context";
import { requirePersonRight } from "./person-access";

/** What each kind of look-up is for, in the words the person reads in their export. */
const purposes: Record<string, string> = {
  "person.read": "Opslag i deltagerens registrering i en aktivitet, hvor personen deltager",
  "person.readSensitive": "Opslag i følsomme oplysninger til arbejdet med personen",
  "person.search": "Søgning efter deltagere (søgekriterierne er logget)",
  "person.export": "Udtræk af personens oplysninger (indsigt)",
  "person.create": "Oprettelse af deltageren",
  "person.erase": "Sletning på anmodning eller efter slettereglerne",
  "logbook.write": "Registrering af aktivitet",
  "logbook.correct": "Rettelse af en registrering",
};

/**
 * Every access to one person's data — reads, writes, exports, refusals — with dates, who and
 * why, as the data protection authority may ask for. Needs the right to export persons.
 */
export async function personAccessLog(db: Database, ctx: LogbookContext, participantId: string) {
  await requirePersonRight(db, ctx, participantId, "person.export");
  const entries = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.personId, participantId))
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  const ids = [...new Set(entries.map((e) => e.actorUserId).filter((id): id is string => !!id))];
  const names = new Map(
    (ids.length
      ? await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))
      : []
    ).map((u) => [u.id, u.name]),
  );
  return entries.map((e) => ({
    at: e.at.toISOString(),
    who: e.actorUserId ? (names.get(e.actorUserId) ?? e.actorEmail ?? "") : (e.actorEmail ?? "system"),
    email: e.actorEmail,
    action: e.action,
    outcome: e.outcome,
    reason: e.reason,
    /** Why, as the person is told: the reason given, else what the action was for. */
    purpose: e.reason ?? purposes[e.action] ?? "Registrering og opfølgning i indsatsen",
  }));
}
