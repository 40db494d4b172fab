import type { ActivityProfile } from "../demo-logbook-profiles";
import type { ProfileContext } from "./context";
import { frequencyOf } from "./event-frequency";
import { addEventType, contactsOf, referralsOf } from "./needs";
import { best, counsellingScore, personsScore } from "./scores";
import { counselling, defaultEventType, fitScore, fold } from "./words";

// Steps 2 and 3: the plan's own words (tags, topics, bodies, event types …) each find an activity.

/** Target-group tags named after an activity (a "user of the square") go with its participants. */
export function tagsNamedAfterActivities({ vocab, activities, wordsOf }: ProfileContext) {
  for (const t of vocab?.targetGroupTags ?? [])
    for (const p of activities)
      if (fitScore(wordsOf(p), t.key, t.name) >= 8 && !p.tags.includes(t.key)) p.tags.push(t.key);
}

/** Step 2: counselling activities give counselling contacts (and referrals when the plan names bodies). */
export function counsellingContacts({ vocab, activities }: ProfileContext) {
  for (const p of activities)
    if (counselling.test(fold(`${p.key} ${p.activity.title}`)) && (vocab?.contactTopics.length ?? 0) > 0) {
      contactsOf(p);
      if ((vocab?.receivingBodies.length ?? 0) > 0) referralsOf(p);
    }
}

/** Step 3: every word of the vocabulary is used somewhere it fits. */
export function placeVocabulary(ctx: ProfileContext) {
  placeEventTypes(ctx);
  placeTopics(ctx);
  placeBodies(ctx);
  placeAssessmentTypes(ctx);
  placeVolunteerRoles(ctx);
}

/**
 * Event types: the best-fitting ones are placed first; an activity runs one weekly series of a
 * kind (with the activities above and below it), and an activity with its own attendance
 * settings but no event type anywhere below gets the type that fits it best.
 */
function placeEventTypes({ plan, vocab, activities: all, byKey, wordsOf, typeName }: ProfileContext) {
  const lineage = (p: ActivityProfile) => {
    const up: ActivityProfile[] = [];
    for (
      let a = p.parentKey ? byKey.get(p.parentKey) : undefined;
      a;
      a = a.parentKey ? byKey.get(a.parentKey) : undefined
    )
      up.push(a);
    return [...up, p, ...descendants(p, all)];
  };
  const hasWeekly = (p: ActivityProfile) =>
    [...p.eventTypes.keys()].some((k) => frequencyOf(k, typeName(k)) === "weekly");
  const typeScore = (p: ActivityProfile, key: string, name: string) => {
    if (frequencyOf(key, name) === "weekly" && (hasWeekly(p) || lineage(p).some((a) => a.eventTypes.has(key))))
      return Number.NEGATIVE_INFINITY;
    const main = key.split("-")[0];
    return fitScore(wordsOf(p), key, name) * 2 + (main.length >= 5 && p.key.includes(main) ? 6 : 0) + (p.mode ? 1 : 0);
  };
  const open = (vocab?.eventTypes ?? []).filter((t) => !all.some((p) => p.eventTypes.has(t.key)));
  while (open.length > 0) {
    let pick = -1;
    let host: ActivityProfile | undefined;
    let top = 0;
    open.forEach((t, i) => {
      const h = best(all, (p) => typeScore(p, t.key, t.name));
      const score = typeScore(h, t.key, t.name) - (h.mode ? 1 : 0);
      if (score > top) {
        top = score;
        pick = i;
        host = h;
      }
    });
    if (pick < 0 || !host) break;
    addEventType(host, open[pick].key);
    open.splice(pick, 1);
  }
  for (const p of all)
    if (p.activity.attendance && lineage(p).every((a) => a.eventTypes.size === 0))
      addEventType(p, defaultEventType(plan, wordsOf(p)));
}

function placeTopics({ vocab, activities: all, wordsOf }: ProfileContext) {
  for (const t of vocab?.contactTopics ?? []) {
    const hosts = all.filter((p) => p.contacts);
    if (hosts.some((p) => p.contacts?.topics.includes(t.key))) continue;
    const pool = hosts.length > 0 ? hosts : all;
    const host = best(
      pool,
      (p) => fitScore(wordsOf(p), t.key, t.name) * 2 + counsellingScore(p) + p.courseTypes.length,
    );
    contactsOf(host).topics.push(t.key);
  }
}

function placeBodies({ vocab, activities: all, wordsOf }: ProfileContext) {
  for (const b of vocab?.receivingBodies ?? []) {
    if (all.some((p) => p.referrals?.bodies.includes(b.key))) continue;
    const hosts = all.filter((p) => p.contacts || p.referrals);
    const pool = hosts.length > 0 ? hosts : all;
    const host = best(pool, (p) => fitScore(wordsOf(p), b.key, b.name) * 2 + counsellingScore(p));
    referralsOf(host).bodies.push(b.key);
  }
}

function placeAssessmentTypes({ vocab, activities: all, wordsOf }: ProfileContext) {
  for (const a of vocab?.assessmentTypes ?? []) {
    if (all.some((p) => p.assessments.has(a.key))) continue;
    const host = best(all, (p) => fitScore(wordsOf(p), a.key, a.name) * 2 + personsScore(p));
    host.assessments.set(a.key, undefined);
  }
}

function placeVolunteerRoles({ vocab, activities: all, wordsOf }: ProfileContext) {
  for (const r of vocab?.volunteerRoles ?? []) {
    if (all.some((p) => p.volunteers.has(r.key))) continue;
    const host = best(
      all,
      (p) =>
        fitScore(wordsOf(p), r.key, r.name) * 2 +
        (p.mode || p.eventTypes.size > 0 ? 1 : 0) +
        (/mentor/.test(r.key) && p.courseTypes.some((c) => c.courseType.category === "mentoring") ? 5 : 0) +
        p.eventTypes.size * 0.1,
    );
    host.volunteers.set(r.key, { tags: [], residentsOnly: false });
  }
}

function descendants(p: ActivityProfile, all: ActivityProfile[]): ActivityProfile[] {
  const children = all.filter((a) => a.parentKey === p.key);
  return children.flatMap((c) => [c, ...descendants(c, all)]);
}
