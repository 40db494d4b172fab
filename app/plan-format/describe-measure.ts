import type { Criterion } from "./criterion";
import type { Measure, MeasureFilters } from "./measure";
import type { PlanFile } from "./plan";
import { indexPlan } from "./plan-index";

/** Where a criterion sits: its activity or focus area, if any. */
export interface CriterionOwner {
  activityKey?: string;
  focusAreaKey?: string;
}

const or = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} eller ${names[names.length - 1]}`;

/**
 * States in one Danish sentence what a measure counts, e.g. "Antal forskellige deltagere i
 * aktiviteten Lektiecafé og dens underaktiviteter, kun beboere".
 */
export function describeMeasure(
  plan: PlanFile,
  criterion: Pick<Criterion, "measure">,
  owner: CriterionOwner = {},
): string {
  const sentence = ruleSentence(plan, criterion, owner);
  // "Antal forskellige beboere …" already says residents: no ", kun beboere" after it.
  return /^(Antal|Andel \(%\) af de) forskellige beboere|^Andel \(%\) af de beboere/.test(sentence)
    ? sentence.replace(", kun beboere", "")
    : sentence;
}

function ruleSentence(plan: PlanFile, criterion: Pick<Criterion, "measure">, owner: CriterionOwner): string {
  const index = indexPlan(plan);
  const m = criterion.measure;
  const word = (list: keyof NonNullable<PlanFile["logbook"]>, key: string) =>
    plan.logbook?.[list].find((w) => w.key === key)?.name ?? key;
  const courseType =
    "courseType" in m && m.courseType
      ? index.courseTypes.find((c) => c.courseType.key === m.courseType)?.courseType
      : undefined;
  const typeName = courseType ? ` af typen ${courseType.name}` : "";
  const stage = (key: string) => courseType?.stages.find((s) => s.key === key)?.name ?? key;
  const outcome = (key: string) =>
    courseType?.outcomes.find((o) => o.key === key)?.name ??
    index.courseTypes.flatMap((c) => c.courseType.outcomes).find((o) => o.key === key)?.name ??
    key;

  const scope = () => {
    const f: MeasureFilters = ("filters" in m && m.filters) || {};
    const activityKey = f.activity ?? owner.activityKey;
    if (activityKey) {
      const found = index.activities.find((a) => a.activity.key === activityKey);
      const title = found?.activity.title ?? activityKey;
      const below = f.includeSubActivities !== false && (found?.activity.activities.length ?? 0) > 0;
      return ` i aktiviteten ${title}${below ? " og dens underaktiviteter" : ""}`;
    }
    const focusAreaKey = f.focusArea ?? owner.focusAreaKey;
    if (focusAreaKey)
      return ` i indsatsområdet ${plan.focusAreas.find((fa) => fa.key === focusAreaKey)?.title ?? focusAreaKey}`;
    return " i hele planen";
  };
  const filters = () => {
    const f: MeasureFilters = ("filters" in m && m.filters) || {};
    const parts: string[] = [];
    if (f.eventTypes?.length) parts.push(`kun ${or(f.eventTypes.map((k) => word("eventTypes", k)))}`);
    if (f.targetGroupTags?.length)
      parts.push(`målgruppe: ${or(f.targetGroupTags.map((k) => word("targetGroupTags", k)))}`);
    if (f.ageBand) parts.push(ageText(f.ageBand));
    if (f.newOnly) parts.push("kun nye deltagere");
    if (f.residentsOnly) parts.push("kun beboere");
    return parts.map((p) => `, ${p}`).join("");
  };
  const where = () => `${scope()}${filters()}`;
  const f: MeasureFilters = ("filters" in m && m.filters) || {};
  const people = f.residentsOnly ? "beboere" : "personer";
  const courseCount = "count" in m ? m.count : undefined;
  /** "forløb af typen X, der …" counted as courses, or as the distinct persons or households who have one. */
  const courses = (count: string | undefined, fallback: "courses" | "persons", what: string) => {
    const unit = count ?? fallback;
    if (unit === "persons")
      return `Antal forskellige ${people} med et forløb${typeName}, ${what} (hver tælles én gang)`;
    if (unit === "households")
      return `Antal forskellige husstande med et forløb${typeName}, ${what} (hver husstand tælles én gang)`;
    return `Antal forløb${typeName}, ${what}`;
  };
  const countWord = (count: "records" | "persons" | "households" | undefined, records: string) =>
    count === "persons" ? "forskellige personer med" : count === "households" ? "forskellige husstande med" : records;

  switch (m.kind) {
    case "participants":
      return `Antal forskellige ${f.residentsOnly ? "beboere" : "deltagere"}${sourceText(m.source)}${where()}`;
    case "households":
      return `Antal forskellige husstande${sourceText(m.source)}${where()}`;
    case "attendance":
      return `Samlet fremmøde ved arrangementer (summen af deltagertal)${where()}`;
    case "averageAttendance":
      return `Gennemsnitligt fremmøde pr. arrangement${where()}`;
    case "events":
      return `Antal arrangementer og leverancer${where()}`;
    case "coursesStarted":
      return `${courses(courseCount, "courses", "der er påbegyndt i perioden")}${where()}`;
    case "funnelStage":
      return `${courses(courseCount, "persons", `der har nået trinnet ${stage(m.stage)}`)}${where()}`;
    case "outcomes":
      return `${courses(courseCount, "persons", `der er afsluttet med ${or(m.outcomes.map(outcome))}`)}${where()}`;
    case "outcomeRate": {
      const goal = or(m.outcomes.map(outcome));
      const within = m.withinMonths ? ` inden for ${m.withinMonths} måneder` : "";
      if (m.count === "courses")
        return `Andel (%) af de forløb${typeName}, der er startet i perioden, som når ${goal}${within ? `${within} efter start` : ""}${where()}`;
      return `Andel (%) af de ${people}, der er startet i et forløb${typeName} i perioden, som når ${goal}${within ? `${within} efter deres første start` : ""} (også via et senere forløb; hver tælles én gang)${where()}`;
    }
    case "followUp":
      return `${courses(courseCount, "persons", `hvor opfølgningen ${m.offsetMonths} måneder efter afslutning${m.statuses ? ` viser ${or(m.statuses.map(outcome))}` : " er gennemført"}`)}${where()}`;
    case "contacts":
      return `Antal ${countWord(m.count, "henvendelser")}${m.count === "persons" || m.count === "households" ? " en henvendelse" : ""}${m.topics ? ` om ${or(m.topics.map((k) => word("contactTopics", k)))}` : ""}${where()}`;
    case "referrals":
      return `Antal ${countWord(m.count, "henvisninger (brobygning)")}${m.count === "persons" || m.count === "households" ? " en henvisning" : ""}${m.receivingBodies ? ` til ${or(m.receivingBodies.map((k) => word("receivingBodies", k)))}` : ""}${where()}`;
    case "actionPlans": {
      const done = m.stage === "created" ? "udarbejdet" : "indfriet";
      if (courseCount === "persons")
        return `Antal forskellige ${people} med en personlig handleplan, der er ${done} (hver tælles én gang)${where()}`;
      return `Antal personlige handleplaner, der er ${done}${where()}`;
    }
    case "assessments":
      return `Antal forskellige deltagere vurderet som "${word("assessmentTypes", m.assessment)}"${where()}`;
    case "volunteers":
      return `${m.count === "hours" ? "Antal frivillige timer" : "Antal forskellige frivillige"}${m.roles ? ` (${or(m.roles.map((k) => word("volunteerRoles", k)))})` : ""}${where()}`;
    case "externalStatistic":
      return `${m.statistic} (${unitText(m.unit)}), indberettet pr. periode${m.comparisonArea ? `, sammenlignet med ${m.comparisonArea}` : ""}${m.source ? `. Kilde: ${m.source}` : ""}`;
    case "survey":
      return `Svar på "${m.question}" (${unitText(m.unit)}), sammenlignet med basismålingen${m.source ? `. Kilde: ${m.source}` : ""}`;
    case "milestone":
      return m.milestone
        ? `Milepælen "${plan.milestones.find((x) => x.key === m.milestone)?.title ?? m.milestone}" er nået (ja/nej)`
        : "Opfyldt eller ej, registreret pr. periode (ja/nej)";
    case "areaList":
      return `${m.listArea} er ikke på regeringens lister over boligområder (almenboligloven § 61 a og § 61 b) pr. 1. december i periodens sidste år (ja/nej), beregnet af områdets tal`;
  }
}

function sourceText(source: Extract<Measure, { kind: "participants" }>["source"]) {
  return source === "contacts"
    ? " med en henvendelse"
    : source === "courses"
      ? " i et forløb"
      : source === "events"
        ? " ved arrangementer"
        : "";
}

function unitText(unit: string) {
  return (
    { percent: "procent", count: "antal", per10000: "pr. 10.000 beboere", dkk: "kr.", score: "score" }[unit] ?? unit
  );
}

function ageText(band: { min?: number; max?: number }) {
  if (band.min !== undefined && band.max !== undefined) return `alder ${band.min}–${band.max} år`;
  return band.min !== undefined ? `alder ${band.min} år og derover` : `alder op til ${band.max} år`;
}
