import type { ActivityProfile } from "../demo-logbook-profiles";
import { isoOf } from "../demo-random";
import type { DemoPeople, Person } from "./people";

function subtreeKeys(gen: DemoPeople, p: ActivityProfile): string[] {
  const keys = [p.key];
  for (let i = 0; i < keys.length; i++)
    for (const a of gen.profiles.activities) if (a.parentKey === keys[i]) keys.push(a.key);
  return keys;
}

/** Assessments (vurderinger) of people seen in the activity or its sub-activities, tagged ones first. */
export function assessmentsOf(gen: DemoPeople, p: ActivityProfile) {
  const r = gen.rng;
  const keys = subtreeKeys(gen, p);
  for (const [type, perYear] of p.assessments) {
    const w = gen.wiggleOf(`assessments:${p.key}:${type}`);
    for (const y of gen.years) {
      const seen = new Set<Person>();
      for (const k of keys) for (const person of gen.seen.get(k)?.[y.index] ?? []) seen.add(person);
      const candidates = seen.size > 0 ? [...seen] : gen.clientele(p, y);
      const n = Math.min(
        candidates.length,
        r.round((perYear ?? 12) * w * gen.scale() * gen.growth(y.index) * y.fraction),
      );
      const tagged =
        p.tags.length > 0 ? candidates.filter((c) => p.tags.some((t) => c.targetGroupTags.includes(t))) : [];
      const chosen = new Set(r.sample(tagged, Math.round(n * 0.85)));
      for (const c of r.sample(candidates, n)) if (chosen.size < n) chosen.add(c);
      for (const person of chosen)
        gen.out.assessments.push({
          id: gen.ids.next(),
          activityKey: p.key,
          participantId: person.id,
          assessment: type,
          date: isoOf(gen.dayIn(y, y.from + 30)),
        });
    }
  }
}
