import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "~/.server/db/client";
import { rawRows } from "~/.server/db/raw-rows";
import {
  activities,
  assessments,
  attendance,
  consents,
  contacts,
  courseFollowUps,
  courseStages,
  courses,
  events,
  households,
  participants,
  recordHistory,
  referrals,
  rosterEntries,
  volunteerHours,
} from "~/.server/db/schema";
import { personRecordCoverage, readPersonRecord } from "~/.server/domain/persons/read-person-record";
import { setUpLogbookPlan } from "../support/logbook-setup";
import { createTestDatabase, testDatabaseKind } from "../support/test-database";

/** The tables whose rows are about one person: the person, their household, and their courses and contacts. */
const personTables = ["participants", "households", "courses", "contacts"];

describe(`the one reader of a person's record (page and GDPR export) against the schema on ${testDatabaseKind}`, () => {
  let h: DatabaseHandle;
  beforeAll(async () => {
    h = await createTestDatabase();
  });
  afterAll(async () => h.close());

  it("is told about every column in the database that refers to a person, their household or their entries", async () => {
    const foreignKeys = await rawRows<{ t: string; c: string }>(
      h.db,
      sql`SELECT kcu.table_name AS t, kcu.column_name AS c
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu
              ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
            JOIN information_schema.constraint_column_usage ccu
              ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
           WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
             AND ccu.table_name IN (${sql.join(
               personTables.map((t) => sql`${t}`),
               sql`, `,
             )})`,
    );
    // Columns naming a person without a foreign key (the audit log, the change history).
    const named = await rawRows<{ t: string; c: string }>(
      h.db,
      sql`SELECT table_name AS t, column_name AS c FROM information_schema.columns
           WHERE table_schema = 'public' AND column_name IN ('person_id', 'participant_id', 'mentor_participant_id', 'household_id', 'record_id')`,
    );
    const found = [...new Set([...foreignKeys, ...named].map((r) => `${r.t}.${r.c}`))].sort();
    expect(found).toEqual(Object.keys(personRecordCoverage).sort());
  });

  it("reads a row from every one of them for a person who has one everywhere", async () => {
    const s = await setUpLogbookPlan(h.db);
    const [activity] = await h.db.select().from(activities).where(eq(activities.planId, s.planId));
    const base = { organisationId: s.org, planId: s.planId };
    const onActivity = { ...base, activityId: activity.id };
    const householdId = randomUUID();
    const [person, neighbour, mentee] = [randomUUID(), randomUUID(), randomUUID()];
    await h.db.insert(households).values({ ...base, id: householdId, code: "H-1" });
    await h.db.insert(participants).values([
      { ...base, id: person, code: "P-1", householdId },
      { ...base, id: neighbour, code: "P-2", householdId },
      { ...base, id: mentee, code: "P-3" },
    ]);
    const eventId = randomUUID();
    const courseId = randomUUID();
    const contactId = randomUUID();
    await h.db.insert(consents).values({
      ...base,
      id: randomUUID(),
      participantId: person,
      givenBy: "participant",
      purposes: ["kontakt"],
      givenOn: "2016-01-01",
    });
    await h.db.insert(rosterEntries).values({ ...onActivity, id: randomUUID(), participantId: person });
    await h.db.insert(events).values({ ...onActivity, id: eventId, type: "lektiecafe", date: "2016-02-01" });
    await h.db.insert(attendance).values({ ...base, id: randomUUID(), eventId, participantId: person });
    await h.db.insert(courses).values([
      { ...onActivity, id: courseId, courseType: "job", participantId: person, startDate: "2016-01-01" },
      {
        ...onActivity,
        id: randomUUID(),
        courseType: "job",
        participantId: mentee,
        mentorParticipantId: person,
        startDate: "2016-01-01",
      },
    ]);
    await h.db
      .insert(courseStages)
      .values({ ...base, id: randomUUID(), courseId, stage: "afklaring", date: "2016-01-02" });
    await h.db
      .insert(courseFollowUps)
      .values({ ...base, id: randomUUID(), courseId, offsetMonths: 3, date: "2016-04-01", status: "i job" });
    await h.db.insert(contacts).values([
      { ...onActivity, id: contactId, participantId: person, date: "2016-03-01" },
      { ...onActivity, id: randomUUID(), participantId: neighbour, householdId, date: "2016-03-02" },
    ]);
    await h.db.insert(referrals).values([
      {
        ...onActivity,
        id: randomUUID(),
        participantId: person,
        contactId,
        date: "2016-03-01",
        receivingBody: "Jobcenter",
      },
      { ...onActivity, id: randomUUID(), householdId, date: "2016-03-03", receivingBody: "Gældsrådgivning" },
    ]);
    await h.db
      .insert(assessments)
      .values({ ...onActivity, id: randomUUID(), participantId: person, assessment: "styrket", date: "2016-05-01" });
    await h.db
      .insert(volunteerHours)
      .values({ ...onActivity, id: randomUUID(), participantId: person, date: "2016-05-02", hours: 2 });
    await h.db.insert(recordHistory).values({
      ...base,
      recordType: "participant",
      recordId: person,
      action: "create",
      changes: {},
    });

    const rows = await readPersonRecord(
      h.db,
      { id: person, householdId },
      { view: { activities: "all", identity: true }, includeRemoved: true },
    );
    const empty = [...new Set(Object.values(personRecordCoverage))].filter((key) => {
      if (key === "accessLog") return false; // the audit log: personAccessLog, tested in person-rights
      const value = rows[key];
      return Array.isArray(value) ? value.length === 0 : !value;
    });
    expect(empty).toEqual([]);
    // The record page's view of a partner sees only what was recorded in its activities.
    const partner = await readPersonRecord(
      h.db,
      { id: person, householdId },
      { view: { activities: new Set(), identity: false }, includeRemoved: false },
    );
    expect(partner.contacts).toEqual([]);
    expect(partner.attendance).toEqual([]);
  });
});
