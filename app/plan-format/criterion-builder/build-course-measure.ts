import type { Measure } from "../measure";
import { type Building, courseCount, guessCourseType } from "./building";
import { outcomesInText } from "./new-types";

type CourseKind = "coursesStarted" | "funnelStage" | "outcomes" | "outcomeRate" | "followUp" | "actionPlans";

/** A measure read from courses (forløb), or null when the plan has no course type that fits. */
export function courseKindMeasure(b: Building, kind: CourseKind): Measure | null {
  const { clues, reading } = b;
  switch (kind) {
    case "coursesStarted": {
      const courseType = guessCourseType(b);
      if (!courseType) return null;
      return { kind, count: courseCount(b), courseType: courseType.key };
    }
    case "funnelStage": {
      const stage =
        clues.stages.find((s) => s.phrase) ??
        clues.stages.find((s) => s.courseType === clues.courseType) ??
        clues.stages[0];
      return { kind, count: courseCount(b), courseType: stage.courseType.key, stage: stage.stage };
    }
    case "outcomes":
    case "outcomeRate":
      return outcomeMeasure(b, kind);
    case "followUp":
      return followUpMeasure(b);
    case "actionPlans":
      return {
        kind,
        count: reading.noun && /handleplan/.test(reading.noun.lower) ? "courses" : courseCount(b),
        stage: /indfri|opfyld|gennemfør|fuldfør|nå[rs]? /.test(reading.flat) ? "fulfilled" : "created",
      };
  }
}

/** outcomes / outcomeRate: the outcomes named (or the course type's positive one, guessed), within a time if said. */
function outcomeMeasure(b: Building, kind: "outcomes" | "outcomeRate"): Measure | null {
  const { clues, reading } = b;
  const own = b.scope.ownCourseTypes;
  const outcomes = [...new Set(clues.outcomes.map((o) => o.key))];
  if (outcomes.length === 0 && own.length === 0) {
    const created = guessCourseType(b);
    const named = outcomesInText(reading).map((o) => o.key);
    outcomes.push(...(named.length > 0 ? named : (created?.outcomes.map((o) => o.key) ?? [])));
  }
  if (outcomes.length === 0) {
    const courseType = guessCourseType(b);
    const positive = courseType?.outcomes.find((o) => !/fald|afbr|uden/.test(o.name.toLowerCase()));
    if (!positive) return null;
    outcomes.push(positive.key);
    b.sure = false;
    b.notes.push(`Udfaldet er gættet (${positive.name}).`);
  }
  const only = b.creates.courseType?.key ?? (own.length === 1 ? own[0].key : undefined);
  const courseType = only ? { courseType: only } : {};
  // "inden for to år" → within 24 months of the start
  const within = reading.durations.find((d) => /^inden|^indenfor|^for$/.test(reading.tokens[d.start - 1]?.lower));
  const count = courseCount(b);
  if (kind === "outcomes") return { kind, count, outcomes, ...courseType };
  return {
    kind,
    count: count === "courses" ? "courses" : "persons",
    outcomes,
    ...courseType,
    ...(within ? { withinMonths: within.value } : {}),
  };
}

/** followUp: the course type that follows up after the months the text names; other offsets noted. */
function followUpMeasure(b: Building): Measure {
  const withFollowUp = b.scope.ownCourseTypes.filter((c) => c.followUpMonths.length > 0);
  const offsets = b.reading.durations.map((d) => d.value);
  const courseType = withFollowUp.find((c) => offsets.some((o) => c.followUpMonths.includes(o))) ?? withFollowUp[0];
  const offset = offsets.find((o) => courseType.followUpMonths.includes(o)) ?? courseType.followUpMonths[0];
  const more = offsets.filter((o) => o !== offset && courseType.followUpMonths.includes(o));
  if (more.length > 0)
    b.notes.push(
      `Teksten nævner også opfølgning efter ${more.join(" og ")} måneder: lav et kriterium for hver opfølgning.`,
    );
  return { kind: "followUp", count: courseCount(b), courseType: courseType.key, offsetMonths: offset };
}
