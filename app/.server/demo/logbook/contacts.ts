import type { ActivityProfile } from "../demo-logbook-profiles";
import { isoOf } from "../demo-random";
import type { DemoPeople, Person } from "./people";
import type { PlanYear } from "./world";

const referralResults = ["Hjulpet videre", "Hjulpet videre", "Forløb i gang", "Afventer svar", null];

/** Contacts (henvendelser) and the referrals made from them, for an activity that logs contacts. */
export function contactsOf(gen: DemoPeople, p: ActivityProfile) {
  const c = p.contacts;
  if (!c) return;
  const r = gen.rng;
  const ref = p.referrals;
  const topics = c.topics.length > 0 ? c.topics : [];
  const bodies =
    ref && ref.bodies.length > 0
      ? ref.bodies
      : (gen.plan.logbook?.receivingBodies ?? [])
          .map((b) => b.key)
          .concat(["kommunen"])
          .slice(0, 3);
  const w = gen.wiggleOf(`contacts:${p.key}`);
  const personsTarget =
    c.perYear !== undefined
      ? c.unit === "records"
        ? c.perYear / 2.2
        : c.perYear
      : ref?.perYear !== undefined
        ? ref.perYear * 2.5
        : 20;
  const refPersons =
    ref?.perYear !== undefined ? (ref.unit === "records" ? ref.perYear / 1.2 : ref.perYear) : undefined;
  for (const y of gen.years) {
    const size = Math.max(
      2,
      Math.round(Math.max(personsTarget, (refPersons ?? 0) * 1.5) * w * gen.scale() * gen.growth(y.index) * y.fraction),
    );
    let persons = gen.clientele(p, y);
    if (persons.length < size) {
      const more = new Set(persons);
      const year = Number(isoOf(y.from).slice(0, 4));
      for (let i = 0; more.size < size && i < size * 3; i++) more.add(gen.draw(p, year, more));
      persons = [...more];
    } else persons = persons.slice(0, size);
    const perPerson = c.perYear !== undefined && c.unit === "records" ? (c.perYear * w) / (personsTarget * w) : 2.2;
    const referProbability =
      refPersons !== undefined
        ? Math.min(0.95, (refPersons * r.between(1.0, 1.35) * gen.scale()) / persons.length)
        : 0.2;
    const how = { topics, bodies, perPerson, referProbability, refers: Boolean(ref) };
    for (const person of persons) personContacts(gen, p, y, person, how);
    // Anonymous enquiries: no person, no household.
    for (let i = r.poisson(persons.length * 0.08); i > 0; i--)
      gen.out.contacts.push({
        id: gen.ids.next(),
        activityKey: p.key,
        participantId: null,
        householdId: null,
        date: isoOf(gen.dayIn(y)),
        topic: topics.length > 0 ? r.pick(topics) : null,
      });
  }
}

/** One person's contacts with the activity in a plan year, one of them perhaps with a referral. */
function personContacts(
  gen: DemoPeople,
  p: ActivityProfile,
  y: PlanYear,
  person: Person,
  how: { topics: string[]; bodies: string[]; perPerson: number; referProbability: number; refers: boolean },
) {
  const r = gen.rng;
  const count = 1 + r.poisson(Math.max(0, how.perPerson - 1));
  const days = Array.from({ length: count }, () => gen.dayIn(y)).sort((a, b) => a - b);
  const referAt = how.refers && r.chance(how.referProbability) ? r.int(0, days.length - 1) : -1;
  days.forEach((day, i) => {
    const id = gen.ids.next();
    const householdId = person.household?.id ?? null;
    gen.out.contacts.push({
      id,
      activityKey: p.key,
      participantId: person.id,
      householdId,
      date: isoOf(day),
      topic: how.topics.length > 0 ? r.pick(how.topics) : null,
    });
    if (i === referAt)
      gen.out.referrals.push({
        id: gen.ids.next(),
        activityKey: p.key,
        contactId: id,
        participantId: person.id,
        householdId,
        date: isoOf(Math.min(gen.end, day + r.int(0, 10))),
        receivingBody: r.pick(how.bodies),
        result: r.pick(referralResults),
      });
  });
  gen.markSeen(p.key, y, person);
}
