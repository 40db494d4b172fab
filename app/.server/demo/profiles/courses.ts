import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { ActivityProfile, CourseTypeProfile } from "../demo-logbook-profiles";
import { applyPersonFilters } from "./needs";
import { maxOf } from "./targets";

// Course types: how many courses start, how far they get, and how often they end well.

const defaultStarts: Record<string, number> = {
  mentoring: 12,
  jobPathway: 20,
  membership: 30,
  leisureJob: 15,
  actionPlan: 25,
  other: 12,
};

/** Whether an outcome is a good end (job, uddannelse …), a neutral one or a drop-out. */
export function outcomeKind(key: string): "positive" | "neutral" | "negative" {
  if (/frafald|afbrudt|stoppet|uden|ingen|droppet|opgivet|afvist|ikke/.test(key)) return "negative";
  if (/afsluttet|afklaret|henvist/.test(key)) return "neutral";
  return "positive";
}

/** Turns a course criterion into starts, stage ratios and outcome rates for the course types it reads. */
export function planCourses(
  m: Measure,
  perYear: number | undefined,
  scope: ActivityProfile[],
  all: CourseTypeProfile[],
  byKey: Map<string, ActivityProfile>,
  f: MeasureFilters,
) {
  const inScope = new Set(scope.map((p) => p.key));
  const named = "courseType" in m && m.courseType !== undefined ? m.courseType : undefined;
  const wantedOutcomes = "outcomes" in m ? m.outcomes : [];
  const types = all.filter(
    (ct) =>
      inScope.has(ct.activityKey) &&
      (named !== undefined
        ? ct.courseType.key === named
        : wantedOutcomes.length === 0 || ct.courseType.outcomes.some((o) => wantedOutcomes.includes(o.key))),
  );
  for (const ct of types) {
    const host = byKey.get(ct.activityKey);
    if (host) applyPersonFilters(host, f);
    for (const o of wantedOutcomes) ct.wanted.add(o);
    const stages = ct.courseType.stages.map((s) => s.key);
    const reach = (i: number) => ct.stageRatios.slice(1, i + 1).reduce((x, r) => x * r, 1);
    const share = perYear === undefined ? undefined : perYear / types.length;
    switch (m.kind) {
      case "coursesStarted":
        ct.startsPerYear = maxOf(ct.startsPerYear, share);
        break;
      case "funnelStage": {
        const at = stages.indexOf(m.stage);
        if (at < 0 || share === undefined) break;
        // Keep earlier funnel targets: the ratio from the previous known stage matches the targets.
        ct.funnel ??= new Map();
        ct.funnel.set(at, share);
        const known = [...ct.funnel.entries()].sort((a, b) => a[0] - b[0]);
        for (let k = 1; k < known.length; k++) {
          const [i0, v0] = known[k - 1];
          const [i1, v1] = known[k];
          const ratio = Math.min(0.97, Math.max(0.3, v1 / v0)) ** (1 / (i1 - i0));
          for (let i = i0 + 1; i <= i1; i++) ct.stageRatios[i] = ratio;
        }
        const [firstAt, firstValue] = known[0];
        ct.startsPerYear = maxOf(ct.startsPerYear, firstValue / reach(firstAt));
        break;
      }
      case "outcomes": {
        // Starts enough for the target: completed courses end well (72 %), wanted outcomes weigh 2.5.
        const positives = ct.courseType.outcomes.map((o) => o.key).filter((o) => outcomeKind(o) === "positive");
        const wanted = positives.filter((o) => wantedOutcomes.includes(o));
        if (share === undefined || wanted.length === 0) break;
        const shareWanted = (2.5 * wanted.length) / (2.5 * wanted.length + positives.length - wanted.length);
        const finals = reach(stages.length - 1);
        ct.startsPerYear = maxOf(ct.startsPerYear, Math.min(80, (share * 1.1) / (finals * 0.72 * shareWanted)));
        break;
      }
      case "outcomeRate":
        if (perYear !== undefined) ct.positiveRate = perYear / 100;
        break;
      case "actionPlans":
      case "followUp":
        if (share !== undefined) ct.startsPerYear = maxOf(ct.startsPerYear, share);
        break;
      default:
        break;
    }
  }
}

/** Course types without a figure to aim at start a usual number of courses. */
export function defaultCourseStarts(courseTypes: CourseTypeProfile[]) {
  for (const ct of courseTypes) ct.startsPerYear ??= defaultStarts[ct.courseType.category ?? "other"] ?? 12;
}
