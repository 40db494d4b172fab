import type { ActivityProfile } from "../demo-logbook-profiles";
import { isoOf } from "../demo-random";
import type { DemoPeople, Person } from "./people";

const hoursChoices = [1, 1.5, 2, 2, 2.5, 3, 3, 4, 5];

/** Volunteers per role, about half carried over from the year before, with their hours. */
export function volunteersOf(gen: DemoPeople, p: ActivityProfile) {
  const r = gen.rng;
  const mentoringHere = p.courseTypes.some((c) => c.courseType.category === "mentoring");
  for (const [role, need] of p.volunteers) {
    if (role && role === gen.mentorRole && mentoringHere) continue;
    const perYear = (need.perYear ?? 6) * gen.scale() * gen.wiggleOf(`volunteers:${p.key}:${role}`, 1.0, 1.3);
    let previous: Person[] = [];
    for (const y of gen.years) {
      const year = Number(isoOf(y.from).slice(0, 4));
      const carried = r.sample(previous, Math.round(previous.length * 0.6));
      const wanted = Math.round(perYear * gen.growth(y.index) * y.fraction);
      const newOnes = Math.max(
        1,
        wanted - carried.length,
        need.newPerYear !== undefined ? r.round(need.newPerYear * r.between(1.05, 1.4) * gen.scale() * y.fraction) : 0,
      );
      const team = [...carried];
      const inTeam = new Set(team);
      for (let i = 0, tries = 0; i < newOnes && tries < newOnes * 6; tries++) {
        const age = r.int(18, 74);
        let person: Person | undefined;
        const resident = r.chance(need.residentsOnly ? 0.85 : 0.9);
        const bucket = gen.byBirthYear.get(`${resident ? "r" : "n"}${year - age}`);
        if (bucket && r.chance(0.5)) {
          const c = r.pick(bucket);
          if (!c.volunteer && !inTeam.has(c)) person = c;
        }
        person ??= resident ? gen.residentAged(age, year) : gen.standalone(year - age, year);
        if (person.volunteer || inTeam.has(person) || year - person.birthYear < 16) continue;
        if (need.tags.length > 0 && !need.tags.some((t) => person.targetGroupTags.includes(t)) && r.chance(0.8))
          person.targetGroupTags.push(r.pick(need.tags));
        person.volunteer = true;
        team.push(person);
        inTeam.add(person);
        i++;
      }
      for (const person of team) {
        const count = 1 + r.poisson(5 * y.fraction);
        for (let k = 0; k < count; k++)
          gen.out.volunteerHours.push({
            id: gen.ids.next(),
            activityKey: p.key,
            participantId: person.id,
            date: isoOf(gen.dayIn(y)),
            hours: r.pick(hoursChoices),
            role: role || null,
          });
      }
      previous = team;
    }
  }
}
