import type { Measure, MeasureKind } from "../measure";
import { courseKindMeasure } from "./build-course-measure";
import { type Building, type Built, countOf, startBuilding } from "./building";
import type { Clues } from "./clues";
import type { Scope, Word } from "./context";
import { anyActivity, buildFilters } from "./filters";
import { keyedMilestone } from "./kinds";
import { namedListArea } from "./list-area";
import { newEventType } from "./new-types";
import type { Reading } from "./reading";
import { da, withoutAsides } from "./text";

type Source = "events" | "contacts" | "courses" | "all";

export type { Built } from "./building";

const keys = (words: Word[]) => words.map((w) => w.key);
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Kinds counted from the logbook, which take filters. */
const filtered: MeasureKind[] = [
  "participants",
  "households",
  "attendance",
  "averageAttendance",
  "events",
  "coursesStarted",
  "funnelStage",
  "outcomes",
  "outcomeRate",
  "followUp",
  "contacts",
  "referrals",
  "actionPlans",
  "assessments",
  "volunteers",
];

/** Builds the measure of the chosen kind, filling keys from the plan. */
export function buildMeasure(kind: MeasureKind, reading: Reading, scope: Scope, clues: Clues): Built {
  const b = startBuilding(reading, scope, clues);
  let measure = measureOfKind(b, kind);
  if (measure === null) return fallback(b.notes);
  measure = withFilters(b, measure);
  const { creates } = b;
  if (creates.eventType && measure.kind === "events")
    measure = { ...measure, filters: { ...measure.filters, eventTypes: [creates.eventType.key] } };
  const hasNew = creates.courseType || creates.eventType;
  return { measure, notes: b.notes, sure: b.sure, ...(hasNew ? { creates } : {}) };
}

/** The measure of the kind, by its family; null when the plan has no course type that fits. */
function measureOfKind(b: Building, kind: MeasureKind): Measure | null {
  const { reading, scope, clues } = b;
  switch (kind) {
    case "participants":
      return { kind, source: participantSource(reading, scope, clues) };
    case "households":
      return { kind, source: householdSource(reading, scope) };
    case "attendance":
    case "averageAttendance":
    case "events":
      return eventMeasure(b, kind);
    case "coursesStarted":
    case "funnelStage":
    case "outcomes":
    case "outcomeRate":
    case "followUp":
    case "actionPlans":
      return courseKindMeasure(b, kind);
    case "contacts":
    case "referrals":
    case "assessments":
    case "volunteers":
      return recordMeasure(b, kind);
    case "externalStatistic":
    case "survey":
    case "areaList":
    case "milestone":
      return enteredMeasure(b, kind);
  }
}

/** attendance / averageAttendance / events; an events count without a matching event type proposes one. */
function eventMeasure(b: Building, kind: "attendance" | "averageAttendance" | "events"): Measure {
  if (kind === "events" && b.clues.eventTypes.length === 0) {
    b.creates.eventType = newEventType(b.reading, b.scope);
    if (b.creates.eventType) {
      b.notes.push(
        `Logbogen har ingen arrangementstype, der passer; typen "${b.creates.eventType.name}" foreslås oprettet.`,
      );
    } else {
      b.sure = false;
      b.notes.push("Ingen af logbogens arrangementstyper passer på teksten; alle arrangementer tælles.");
    }
  }
  return { kind };
}

/** contacts / referrals / assessments / volunteers, with the topics, bodies, assessment or roles named. */
function recordMeasure(b: Building, kind: "contacts" | "referrals" | "assessments" | "volunteers"): Measure {
  const { clues, notes } = b;
  switch (kind) {
    case "contacts":
      return { kind, count: countOf(b), ...(clues.contactTopics.length ? { topics: keys(clues.contactTopics) } : {}) };
    case "referrals":
      return {
        kind,
        count: countOf(b),
        ...(clues.receivingBodies.length ? { receivingBodies: keys(clues.receivingBodies) } : {}),
      };
    case "assessments":
      if (clues.assessments.length > 1)
        notes.push(
          `Teksten passer også på vurderingen "${clues.assessments[1].name}", som kan registreres ved siden af.`,
        );
      return { kind, assessment: clues.assessments[0].key };
    case "volunteers":
      if (da(/\bfrivillige og deltagere|deltagere og frivillige\b/).test(b.reading.flat)) {
        b.sure = false;
        notes.push("Teksten tæller både frivillige og deltagere: lav et kriterium for hver.");
      }
      return { kind, ...(clues.volunteerRoles.length ? { roles: keys(clues.volunteerRoles) } : {}) };
  }
}

/** Figures entered per period, a milestone or the government's lists: named from the plan or the text. */
function enteredMeasure(b: Building, kind: "externalStatistic" | "survey" | "areaList" | "milestone"): Measure {
  const { reading, scope, clues, notes } = b;
  switch (kind) {
    case "externalStatistic": {
      let measure = externalStatistic(reading, scope, clues);
      if (clues.series.length === 1 && clues.series[0].kind === "statistic")
        measure = { ...measure, series: clues.series[0].key } as Measure;
      if (clues.statistics.length === 0) {
        b.sure = false;
        notes.push("Nøgletallet findes ikke blandt områdets tal; navnet er taget fra teksten, og kilden mangler.");
      }
      return measure;
    }
    case "survey": {
      let measure = survey(reading);
      if (clues.series.length === 1 && clues.series[0].kind === "survey")
        measure = { ...measure, series: clues.series[0].key } as Measure;
      notes.push("Spørgsmålet er taget fra teksten; skriv undersøgelsens egen formulering.");
      b.sure = false;
      return measure;
    }
    case "areaList":
      return { kind, listArea: namedListArea(reading.flat, scope) };
    case "milestone": {
      const milestone = keyedMilestone(reading, clues);
      return milestone ? { kind, milestone: milestone.key } : { kind };
    }
  }
}

/** The filters of a measure counted from the logbook, with a note where "målgruppen" or "unge" needs a choice. */
function withFilters(b: Building, measure: Measure): Measure {
  const { reading, scope, clues, notes } = b;
  if (
    da(/\bmålgruppen\b/).test(reading.flat) &&
    clues.targetGroupTags.length === 0 &&
    filtered.includes(measure.kind)
  ) {
    b.sure = false;
    notes.push('Teksten siger "målgruppen": vælg det målgruppemærke, der tælles.');
  }
  if (!filtered.includes(measure.kind) || "filters" in measure) return measure;
  const filters = buildFilters(measure, reading, scope, clues);
  const filteredMeasure = filters ? ({ ...measure, filters } as Measure) : measure;
  // "unge" is an age group: where neither the text nor the activity gives the ages, ask for them
  if (b.head.some((t) => t.lower === "unge" || t.lower === "ung") && !filters?.ageBand) {
    b.sure = false;
    notes.push('Teksten siger "unge": skriv aldersgruppen (fx 15–25 år) i filteret, så kun de unge tælles.');
  }
  return filteredMeasure;
}

function fallback(notes: string[]): Built {
  notes.push("Planen har ingen forløbstype, der passer; der tælles forskellige deltagere i stedet.");
  return { measure: { kind: "participants" }, notes, sure: false };
}

/** Where distinct participants are counted: at events, in courses, in counselling, or all. */
function participantSource(reading: Reading, scope: Scope, clues: Clues): Source {
  const { flat } = reading;
  if (clues.eventTypes.length > 0 && !anyActivity(flat)) return "events";
  if (!anyActivity(flat)) {
    if (da(/\b(arrangement\w*|begivenhed\w*|møde[rt]?\w*|events?|fællesspisning\w*)\b/).test(flat)) return "events";
    if (scope.ownCourseTypes.length > 0 && da(/\b(forløb\w*|projektet|indgår|indgå)\b/).test(flat)) return "courses";
    if (da(/\b(henvendelse\w*|rådgivning\w*)/).test(flat)) return "contacts";
  }
  const sources = new Set<Source>();
  if (scope.attendanceModes.length > 0) sources.add("events");
  if (scope.ownCourseTypes.length > 0) sources.add("courses");
  if (scope.activities.some((a) => da(/rådgivning|vejledning|henvendelse/).test(a.title.toLowerCase())))
    sources.add("contacts");
  return sources.size === 1 ? [...sources][0] : "all";
}

function householdSource(reading: Reading, scope: Scope): Source {
  const { flat } = reading;
  if (/rådgivning|henvendelse|vejledning|kontakt/.test(flat)) return "contacts";
  if (/arrangement|aktivitet|begivenhed/.test(flat)) return "events";
  // "familier, der deltager i forældrekurser": taking part in events
  if (/\bdelt(ager|og|age)\b|kursus|kurser/.test(flat)) return "events";
  if (/forløb/.test(flat)) return "courses";
  return scope.attendanceModes.length > 0 ? "events" : "contacts";
}

function externalStatistic(reading: Reading, scope: Scope, clues: Clues): Measure {
  const { flat, text } = reading;
  const baselineYear = reading.years[0];
  const stat =
    clues.statistics.find((s) => baselineYear && s.period?.startsWith(String(baselineYear.value))) ??
    [...clues.statistics].sort((a, b) => (b.period ?? "").localeCompare(a.period ?? ""))[0];
  const percent = reading.values.some((v) => v.kind === "percent") || da(/procent|\bandel/).test(flat);
  const unit =
    stat?.unit ??
    (percent ? "percent" : /pr\.? 10\.?000/.test(flat) ? "per10000" : da(/\bkr\b|kroner/).test(flat) ? "dkk" : "count");
  const statistic = stat ? withoutAsides(stat.label).replace(/\s+/g, " ").trim() : labelFromText(text, unit, flat);
  return {
    kind: "externalStatistic",
    statistic,
    unit,
    ...(stat ? { comparisonArea: stat.comparison?.area ?? scope.plan.municipality } : {}),
    ...(stat?.source ? { source: stat.source } : {}),
  } as Measure;
}

/** A label for a figure from the text: "antallet af udsættelser … falder" → "Udsættelser …". */
function labelFromText(text: string, unit: string, flat: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  const verbs = "falder|stiger|bliver|skal|reduceres|øges|nedbringes|går|halveres|mindskes|sænkes";
  const counted = da(`antallet af (.+?)(?: (?:${verbs})\\b|\\s*\\(måles|[,.]?$)`, "i").exec(clean);
  const falling = da(`^(?:at )?(?:den |det )?(.+?) (?:${verbs})\\b`, "i").exec(clean);
  let label = counted?.[1] ?? falling?.[1] ?? clean;
  label = label
    .replace(/^(at |en |et )?(mindre|færre|øget|lavere|højere|flere|nedgang i|stigning i|fald i)\s+/i, "")
    .replace(/\s*\((måles|kilde)[^)]*\)?/i, "")
    .replace(/[.,;:\s]+$/, "");
  if (counted && unit === "count")
    return da(/\bom året\b/).test(flat) ? `${capitalise(label)}, antal om året` : `Antal ${label}`;
  return capitalise(label);
}

function survey(reading: Reading): Measure {
  const { text, flat } = reading;
  const question = capitalise(
    text
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^at /i, "")
      // "Mindst 80 % af deltagerne i lektiecaféen oplever …" → "Oplever …"
      .replace(/^(mindst|minimum|over|op til|min\.) /i, "")
      .replace(
        /^[\d,.]+ ?(%|procent) af (de )?(beboerne|deltagerne|familierne|forældrene|de unge|unge|brugerne|de adspurgte|de deltagende \p{L}+)( (i|på|ved) [\p{L}-]+)? /iu,
        "",
      )
      .replace(/ (ved målingen|sammenlignet med|ved naboskabsundersøgelsen).*$/i, "")
      .replace(/[.,;:\s]+$/, ""),
  );
  const named = da(/\b(\p{L}*undersøgelse\p{L}*)/u).exec(text);
  const short = reading.tokens.filter((t) => t.kind === "word").length <= 3;
  const unit = /%|procent|andel|flertal/.test(flat) || !short ? "percent" : "score";
  return { kind: "survey", question, unit, ...(named ? { source: capitalise(named[1]) } : {}) };
}
