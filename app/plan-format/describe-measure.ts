import type { TFunction } from "i18next";
import { getI18n } from "~/i18n";
import { keptIn, objectId } from "~/memo";
import type { Criterion } from "./criterion";
import type { Measure, MeasureFilters } from "./measure";
import type { PlanFile } from "./plan";
import { indexPlan } from "./plan-index";

/** Where a criterion sits: its activity or focus area, if any. */
export interface CriterionOwner {
  activityKey?: string;
  focusAreaKey?: string;
}

const danish = getI18n("da").t;

/**
 * States in one sentence, in the reader's language (Danish by default), what a measure counts,
 * e.g. "Antal forskellige deltagere i aktiviteten Lektiecafé og dens underaktiviteter, kun beboere"
 * / "Number of different participants in the activity Lektiecafé and its sub-activities, residents only".
 * Names (activities, event types, outcomes) stay as the plan writes them.
 */
export function describeMeasure(
  plan: PlanFile,
  criterion: Pick<Criterion, "measure">,
  owner: CriterionOwner = {},
  t: TFunction = danish,
): string {
  // A stored plan is frozen (read-stored-plan): its sentences cannot change, so each is made once
  // per language and place. A plan being edited is not frozen and is described afresh.
  if (!Object.isFrozen(plan) || !Object.isFrozen(criterion.measure)) return sentence(plan, criterion.measure, owner, t);
  const ofMeasure = keptIn(
    keptIn(sentences, plan, () => new WeakMap()),
    criterion.measure,
    () => new Map(),
  );
  const key = `${objectId(t)}|${owner.activityKey ?? ""}|${owner.focusAreaKey ?? ""}`;
  return keptIn(ofMeasure, key, () => sentence(plan, criterion.measure, owner, t));
}

const sentences = new WeakMap<PlanFile, WeakMap<Measure, Map<string, string>>>();

function sentence(plan: PlanFile, m: Measure, owner: CriterionOwner, t: TFunction): string {
  const f: MeasureFilters = ("filters" in m && m.filters) || {};
  const head = ruleHead(plan, m, t, f);
  if (head.where === false) return head.text;
  // "Antal forskellige beboere …" already says residents: no ", kun beboere" after it.
  const saysResidents = f.residentsOnly === true && head.text.includes(` ${t("rule.residents")}`);
  return `${head.text}${scopeText(plan, f, owner, t)}${filterText(plan, f, t, saysResidents)}`;
}

const listOr = (names: string[], t: TFunction) =>
  names.length <= 1 ? (names[0] ?? "") : t("rule.or", { a: names.slice(0, -1).join(", "), b: names[names.length - 1] });

const word = (plan: PlanFile, list: keyof NonNullable<PlanFile["logbook"]>, key: string) =>
  plan.logbook?.[list].find((w) => w.key === key)?.name ?? key;

function scopeText(plan: PlanFile, f: MeasureFilters, owner: CriterionOwner, t: TFunction) {
  const index = indexPlan(plan);
  const activityKey = f.activity ?? owner.activityKey;
  if (activityKey) {
    const found = index.activities.find((a) => a.activity.key === activityKey);
    const below = f.includeSubActivities !== false && (found?.activity.activities.length ?? 0) > 0;
    return `${t("rule.inActivity", { title: found?.activity.title ?? activityKey })}${below ? t("rule.andBelow") : ""}`;
  }
  const focusAreaKey = f.focusArea ?? owner.focusAreaKey;
  if (focusAreaKey)
    return t("rule.inFocusArea", {
      title: plan.focusAreas.find((fa) => fa.key === focusAreaKey)?.title ?? focusAreaKey,
    });
  return t("rule.inPlan");
}

function filterText(plan: PlanFile, f: MeasureFilters, t: TFunction, saysResidents: boolean) {
  const parts: string[] = [];
  if (f.eventTypes?.length)
    parts.push(
      t("rule.onlyEventTypes", {
        list: listOr(
          f.eventTypes.map((k) => word(plan, "eventTypes", k)),
          t,
        ),
      }),
    );
  if (f.targetGroupTags?.length)
    parts.push(
      t("rule.targetGroup", {
        list: listOr(
          f.targetGroupTags.map((k) => word(plan, "targetGroupTags", k)),
          t,
        ),
      }),
    );
  if (f.ageBand) parts.push(ageText(f.ageBand, t));
  if (f.newOnly) parts.push(t("rule.newOnly"));
  if (f.residentsOnly && !saysResidents) parts.push(t("rule.residentsOnly"));
  return parts.map((p) => `, ${p}`).join("");
}

/** The sentence before the scope and filters; `where: false` for measures that have none. */
function ruleHead(plan: PlanFile, m: Measure, t: TFunction, f: MeasureFilters): { text: string; where?: false } {
  switch (m.kind) {
    case "participants":
      return {
        text: t("rule.participants", {
          who: f.residentsOnly ? t("rule.residents") : t("rule.participantsWord"),
          source: sourceText(m.source, t),
        }),
      };
    case "households":
      return { text: t("rule.households", { source: sourceText(m.source, t) }) };
    case "attendance":
      return { text: t("rule.attendance") };
    case "averageAttendance":
      return { text: t("rule.averageAttendance") };
    case "events":
      return { text: t("rule.events") };
    case "coursesStarted":
    case "funnelStage":
    case "outcomes":
    case "outcomeRate":
    case "followUp":
    case "actionPlans":
      return { text: courseHead(plan, m, t, f) };
    case "contacts":
    case "referrals":
    case "assessments":
    case "volunteers":
      return { text: recordHead(plan, m, t) };
    case "externalStatistic":
    case "survey":
    case "milestone":
    case "areaList":
      return { where: false, text: enteredHead(plan, m, t) };
  }
}

type CourseKind = "coursesStarted" | "funnelStage" | "outcomes" | "outcomeRate" | "followUp" | "actionPlans";

/** The head of a measure read from courses: which courses, counted as courses, persons or households. */
function courseHead(plan: PlanFile, m: Extract<Measure, { kind: CourseKind }>, t: TFunction, f: MeasureFilters) {
  const index = indexPlan(plan);
  const courseType =
    "courseType" in m && m.courseType
      ? index.courseTypes.find((c) => c.courseType.key === m.courseType)?.courseType
      : undefined;
  const type = courseType ? t("rule.typeName", { name: courseType.name }) : "";
  const stage = (key: string) => courseType?.stages.find((s) => s.key === key)?.name ?? key;
  const outcome = (key: string) =>
    courseType?.outcomes.find((o) => o.key === key)?.name ??
    index.courseTypes.flatMap((c) => c.courseType.outcomes).find((o) => o.key === key)?.name ??
    key;
  const people = f.residentsOnly ? t("rule.residents") : t("rule.persons");
  const courseCount = "count" in m ? m.count : undefined;
  /** Courses of a type that …, counted as courses, or as the distinct persons or households who have one. */
  const courses = (fallback: "courses" | "persons", what: string) => {
    const unit = courseCount ?? fallback;
    if (unit === "persons") return t("rule.coursesPersons", { people, type, what });
    if (unit === "households") return t("rule.coursesHouseholds", { type, what });
    return t("rule.courses", { type, what });
  };
  switch (m.kind) {
    case "coursesStarted":
      return courses("courses", t("rule.started"));
    case "funnelStage":
      return courses("persons", t("rule.reachedStage", { stage: stage(m.stage) }));
    case "outcomes":
      return courses("persons", t("rule.endedWith", { outcomes: listOr(m.outcomes.map(outcome), t) }));
    case "outcomeRate": {
      const goal = listOr(m.outcomes.map(outcome), t);
      const within = m.withinMonths ? t("rule.withinMonths", { n: m.withinMonths }) : "";
      if (m.count === "courses")
        return t("rule.rateCourses", { type, goal, within: within ? `${within}${t("rule.afterStart")}` : "" });
      return t("rule.ratePersons", {
        people,
        type,
        goal,
        within: within ? `${within}${t("rule.afterFirstStart")}` : "",
      });
    }
    case "followUp":
      return courses(
        "persons",
        m.statuses
          ? t("rule.followUpShows", { n: m.offsetMonths, statuses: listOr(m.statuses.map(outcome), t) })
          : t("rule.followUpDone", { n: m.offsetMonths }),
      );
    case "actionPlans": {
      const done = t(m.stage === "created" ? "rule.actionPlanCreated" : "rule.actionPlanMet");
      return t(courseCount === "persons" ? "rule.actionPlanPersons" : "rule.actionPlans", { people, done });
    }
  }
}

/** The head of a measure read from contacts, referrals, assessments or volunteer hours. */
function recordHead(
  plan: PlanFile,
  m: Extract<Measure, { kind: "contacts" | "referrals" | "assessments" | "volunteers" }>,
  t: TFunction,
) {
  const countWord = (count: "records" | "persons" | "households" | undefined, records: string) =>
    count === "persons" ? t("rule.countPersonsWith") : count === "households" ? t("rule.countHouseholdsWith") : records;
  const one = (count: string | undefined, key: string) => (count === "persons" || count === "households" ? t(key) : "");
  const words = (list: keyof NonNullable<PlanFile["logbook"]>, keys: string[]) =>
    listOr(
      keys.map((k) => word(plan, list, k)),
      t,
    );
  switch (m.kind) {
    case "contacts":
      return `${t("rule.numberOf", { what: countWord(m.count, t("rule.contactRecords")) })}${one(m.count, "rule.contactOne")}${
        m.topics ? t("rule.about", { list: words("contactTopics", m.topics) }) : ""
      }`;
    case "referrals":
      return `${t("rule.numberOf", { what: countWord(m.count, t("rule.referralRecords")) })}${one(m.count, "rule.referralOne")}${
        m.receivingBodies ? t("rule.toBodies", { list: words("receivingBodies", m.receivingBodies) }) : ""
      }`;
    case "assessments":
      return t("rule.assessments", { name: word(plan, "assessmentTypes", m.assessment) });
    case "volunteers":
      return `${t(m.count === "hours" ? "rule.volunteerHours" : "rule.volunteers")}${
        m.roles ? ` (${words("volunteerRoles", m.roles)})` : ""
      }`;
  }
}

/** The whole sentence of a measure read from entered figures, a milestone or the government's lists. */
function enteredHead(
  plan: PlanFile,
  m: Extract<Measure, { kind: "externalStatistic" | "survey" | "milestone" | "areaList" }>,
  t: TFunction,
) {
  switch (m.kind) {
    case "externalStatistic":
      return t("rule.externalStatistic", {
        statistic: m.statistic,
        unit: t(`rule.units.${m.unit}`, { defaultValue: m.unit }),
        comparison: m.comparisonArea ? t("rule.comparedWith", { area: m.comparisonArea }) : "",
        source: m.source ? t("rule.source", { source: m.source }) : "",
      });
    case "survey":
      return t("rule.survey", {
        question: m.question,
        unit: t(`rule.units.${m.unit}`, { defaultValue: m.unit }),
        source: m.source ? t("rule.source", { source: m.source }) : "",
      });
    case "milestone":
      return m.milestone
        ? t("rule.milestoneNamed", { title: plan.milestones.find((x) => x.key === m.milestone)?.title ?? m.milestone })
        : t("rule.milestone");
    case "areaList":
      return t("rule.areaList", { area: m.listArea });
  }
}

function sourceText(source: Extract<Measure, { kind: "participants" }>["source"], t: TFunction) {
  return source === "contacts" || source === "courses" || source === "events" ? t(`rule.from.${source}`) : "";
}

function ageText(band: { min?: number; max?: number }, t: TFunction) {
  if (band.min !== undefined && band.max !== undefined) return t("rule.ageBetween", { min: band.min, max: band.max });
  return band.min !== undefined ? t("rule.ageFrom", { min: band.min }) : t("rule.ageUpTo", { max: band.max });
}
