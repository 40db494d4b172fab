import type { CourseType } from "~/plan-format/activity";
import type { ActivityProfile, CourseTypeProfile } from "../demo-logbook-profiles";
import { addMonthsDay, isoOf } from "../demo-random";
import { outcomeKind } from "../profiles/courses";
import type { DemoPeople, Person } from "./people";

// Courses (forløb): stages, outcomes, follow-ups, and mentors with their volunteer hours.

/** Every course type the activity runs: its courses, each walking its stages to an outcome. */
export function coursesOf(gen: DemoPeople, p: ActivityProfile) {
  for (const ct of p.courseTypes) courses(gen, p, ct);
}

function courses(gen: DemoPeople, p: ActivityProfile, ct: CourseTypeProfile) {
  const r = gen.rng;
  const type = ct.courseType;
  const stages = type.stages.map((s) => s.key);
  const outcomes = type.outcomes.map((o) => o.key);
  const negatives = outcomes.filter((o) => outcomeKind(o) === "negative");
  const neutrals = outcomes.filter((o) => outcomeKind(o) === "neutral");
  const positives = outcomes.filter((o) => outcomeKind(o) === "positive");
  const [minStep, maxStep] = stepDays(type);
  const perYear = (ct.startsPerYear ?? 12) * gen.scale() * gen.wiggleOf(`courses:${type.key}`, 0.95, 1.3);
  const { ratios, weightOf, positiveGivenFinal } = outcomeOdds(gen, ct, positives, stages.length);
  const mentoring = type.category === "mentoring";
  const mentors: Person[] = [];
  const used = new Set<Person>();
  for (const y of gen.years) {
    const n = r.round(perYear * gen.growth(y.index) * y.fraction);
    const queue = r.sample(gen.clientele(p, y), Number.MAX_SAFE_INTEGER);
    const year = Number(isoOf(y.from).slice(0, 4));
    for (let i = 0; i < n; i++) {
      while (queue.length > 0 && used.has(queue[queue.length - 1])) queue.pop();
      const person = queue.length > 0 && r.chance(0.7) ? (queue.pop() as Person) : gen.draw(p, year, used);
      used.add(person);
      const startDay = gen.dayIn(y, y.from, Math.min(y.to, gen.end - 1));
      const id = gen.ids.next();
      let last = startDay;
      let reached = 0;
      gen.out.courseStages.push({ id: gen.ids.next(), courseId: id, stage: stages[0], date: isoOf(startDay) });
      for (let s = 1; s < stages.length; s++) {
        const ratio = 1 - (1 - ratios[s]) * Math.max(0.6, 1 - 0.08 * y.index);
        if (!r.chance(ratio)) break;
        const day = last + r.int(minStep, maxStep);
        if (day > gen.end) {
          reached = -1;
          break;
        }
        gen.out.courseStages.push({ id: gen.ids.next(), courseId: id, stage: stages[s], date: isoOf(day) });
        last = day;
        reached = s;
      }
      const running = reached === -1;
      const completed = !running && reached === stages.length - 1;
      let outcome: string | null = null;
      if (!running && outcomes.length > 0) {
        if (completed)
          outcome =
            positives.length > 0 && r.chance(positiveGivenFinal)
              ? r.weighted(positives, positives.map(weightOf))
              : r.pick(neutrals.length > 0 ? neutrals : negatives.length > 0 ? negatives : positives);
        else if (negatives.length > 0 && r.chance(0.8)) outcome = r.pick(negatives);
        else if (neutrals.length > 0) outcome = r.pick(neutrals);
      }
      const endDay = running ? null : last + r.int(7, 45);
      const ended = endDay !== null && endDay <= gen.end;
      const mentor = mentoring ? mentorFor(gen, mentors, year, person) : null;
      gen.out.courses.push({
        id,
        activityKey: p.key,
        courseType: type.key,
        participantId: person.id,
        mentorParticipantId: mentor?.id ?? null,
        startDate: isoOf(startDay),
        endDate: ended ? isoOf(endDay) : null,
        outcome: ended ? outcome : null,
        outcomeDate: ended && outcome ? isoOf(endDay) : null,
      });
      gen.markSeen(p.key, y, person);
      if (ended) followUps(gen, id, type, endDay, outcome, positives);
      if (mentor) mentorHours(gen, p, mentor, startDay, ended ? endDay : gen.end);
    }
  }
}

/**
 * How likely a course goes on from stage to stage and, having reached the last, ends well, with the
 * outcomes the plan's criteria want weighted up: aiming a little above an outcome-rate target.
 */
function outcomeOdds(gen: DemoPeople, ct: CourseTypeProfile, positives: string[], stageCount: number) {
  const r = gen.rng;
  const ratios = [...ct.stageRatios];
  const weightOf = (o: string) => (ct.wanted.has(o) ? 2.5 : 1);
  const wantedPositive = positives.filter((o) => ct.wanted.has(o));
  const shareWanted =
    positives.length === 0 || wantedPositive.length === 0
      ? 1
      : wantedPositive.reduce((s, o) => s + weightOf(o), 0) / positives.reduce((s, o) => s + weightOf(o), 0);
  let positiveGivenFinal = 0.72;
  if (ct.positiveRate !== undefined) {
    // An outcome rate to aim at (a little above it): more courses get through their stages if need be.
    const aim = ct.positiveRate * r.between(1.15, 1.4);
    let reachFinal = ratios.slice(1).reduce((x, v) => x * v, 1);
    if (aim / (reachFinal * shareWanted) > 0.9 && stageCount > 1) {
      reachFinal = Math.min(0.98, aim / (0.9 * shareWanted));
      for (let i = 1; i < ratios.length; i++) ratios[i] = reachFinal ** (1 / (ratios.length - 1));
    }
    positiveGivenFinal = Math.min(0.97, aim / (reachFinal * shareWanted));
  }
  return { ratios, weightOf, positiveGivenFinal };
}

function followUps(
  gen: DemoPeople,
  courseId: string,
  type: CourseType,
  endDay: number,
  outcome: string | null,
  positives: string[],
) {
  const r = gen.rng;
  const outcomes = type.outcomes.map((o) => o.key);
  for (const months of type.followUpMonths) {
    const day = addMonthsDay(endDay, months) + r.int(0, 14);
    if (day > gen.end) break;
    let status = "ingen-kontakt";
    if (outcomes.length > 0 && r.chance(0.85)) {
      if (outcome && positives.includes(outcome)) status = r.chance(0.8) ? outcome : r.pick(outcomes);
      else status = r.chance(0.5) ? (outcome ?? r.pick(outcomes)) : r.pick(outcomes);
    }
    gen.out.courseFollowUps.push({ id: gen.ids.next(), courseId, offsetMonths: months, date: isoOf(day), status });
  }
}

function mentorFor(gen: DemoPeople, mentors: Person[], year: number, mentee: Person): Person {
  const r = gen.rng;
  const free = mentors.filter((m) => m !== mentee);
  if (free.length > 0 && (free.length >= 3 + mentors.length / 4 || r.chance(0.7))) return r.pick(free);
  const age = r.int(25, 70);
  const mentor = r.chance(0.75) ? gen.residentAged(age, year) : gen.standalone(year - age, year);
  mentor.volunteer = true;
  mentors.push(mentor);
  return mentor;
}

function mentorHours(gen: DemoPeople, p: ActivityProfile, mentor: Person, from: number, to: number) {
  const r = gen.rng;
  for (let d = from + r.int(3, 10); d <= to; d += r.int(10, 21)) {
    gen.out.volunteerHours.push({
      id: gen.ids.next(),
      activityKey: p.key,
      participantId: mentor.id,
      date: isoOf(d),
      hours: r.pick([1.5, 2, 2, 3]),
      role: gen.mentorRole,
    });
    gen.markSeen(p.key, gen.yearOf(d), mentor);
  }
}

function stepDays(type: CourseType): [number, number] {
  switch (type.category) {
    case "jobPathway":
      return [21, 100];
    case "mentoring":
      return [20, 70];
    case "membership":
      return [7, 45];
    case "leisureJob":
      return [10, 60];
    case "actionPlan":
      return [14, 90];
    default:
      return [14, 50];
  }
}
