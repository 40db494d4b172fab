import type { DemoPeople } from "./people";

/**
 * Only people the logbook names become participants (family members never met stay unknown),
 * and only their households; codes are given in the order people were met.
 */
export function keepRegistered(gen: DemoPeople) {
  const o = gen.out;
  const named = new Set<string>();
  const add = (id: string | null) => {
    if (id !== null) named.add(id);
  };
  for (const r of o.rosterEntries) add(r.participantId);
  for (const r of o.attendance) add(r.participantId);
  for (const r of o.courses) {
    add(r.participantId);
    add(r.mentorParticipantId);
  }
  for (const r of o.contacts) add(r.participantId);
  for (const r of o.referrals) add(r.participantId);
  for (const r of o.assessments) add(r.participantId);
  for (const r of o.volunteerHours) add(r.participantId);
  const people = gen.people.filter((p) => named.has(p.id));
  const households = new Set(people.flatMap((p) => (p.householdId ? [p.householdId] : [])));
  for (const r of o.contacts) if (r.householdId) households.add(r.householdId);
  o.households = o.households
    .filter((h) => households.has(h.id))
    .map((h, i) => ({ ...h, code: `H-${String(i + 1).padStart(4, "0")}` }));
  o.participants = people.map(({ household: _h, ...p }, i) => ({
    ...p,
    code: `D-${String(i + 1).padStart(4, "0")}`,
  }));
}
