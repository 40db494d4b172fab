import type { CourseType } from "../activity";
import type { Measure, MeasureKind } from "../measure";
import type { Clues } from "./clues";
import type { Scope, Word } from "./context";
import { anyActivity, buildFilters } from "./filters";
import { keyedMilestone } from "./kinds";
import { namedListArea } from "./list-area";
import { categoryOf, type NewTypes, namesCourse, newCourseType, newEventType, outcomesInText } from "./new-types";
import { isFamilyWord, isPersonWord, type Reading } from "./reading";
import { da, withoutAsides } from "./text";

type Source = "events" | "contacts" | "courses" | "all";

/** What the builder had to guess while building the measure. */
export interface Built {
  measure: Measure;
  notes: string[];
  /** False when a key had to be guessed rather than found in the text. */
  sure: boolean;
  /** Types the plan does not have yet, which the measure names and the caller offers to create. */
  creates?: NewTypes;
}

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
  const notes: string[] = [];
  let sure = true;
  const { flat } = reading;
  const own = scope.ownCourseTypes;
  const onlyCourseType = own.length === 1 ? own[0].key : undefined;
  const people = reading.tokens.some(isPersonWord) || reading.subject === "persons";
  const families = reading.tokens.some(isFamilyWord);
  // what is counted: the counted phrase first ("100 henvendelser fra beboere" counts contacts)
  const head = reading.head ? reading.tokens.slice(reading.head.from, reading.head.to) : [];
  const countOf = () =>
    head.length > 0
      ? head.some(isFamilyWord)
        ? "households"
        : head.some(isPersonWord)
          ? "persons"
          : "records"
      : families
        ? "households"
        : people
          ? "persons"
          : "records";

  const creates: NewTypes = {};
  const guessCourseType = (): CourseType | undefined => {
    if (clues.courseType) return clues.courseType;
    if (own.length === 0 && !clues.courseType) {
      // the plan has no course type here: propose one named from the text, to be created
      creates.courseType = newCourseType(reading, scope);
      notes.push(
        `Planen har ingen forløbstype, der passer; forløbstypen "${creates.courseType.name}" foreslås oprettet.`,
      );
      return creates.courseType;
    }
    const named = categoryOf(flat);
    const category = named === "other" ? undefined : named;
    const byCategory = own.filter((c) => c.category === category);
    if (byCategory.length === 1) return byCategory[0];
    if (category && byCategory.length === 0 && namesCourse(reading)) {
      // "mentorforløb" where the plan has course types, none of them mentoring: a new one
      creates.courseType = newCourseType(reading, scope);
      notes.push(`Ingen af planens forløbstyper passer; forløbstypen "${creates.courseType.name}" foreslås oprettet.`);
      return creates.courseType;
    }
    if (own.length === 1) return own[0];
    sure = false;
    const guess = own[0] ?? scope.courseTypes[0];
    if (guess) notes.push(`Forløbstypen er gættet (${guess.name}); vælg den rigtige.`);
    return guess;
  };

  // What a course measure counts: the counted phrase's noun says it ("12 mentorforløb" counts courses,
  // "20 beboere kommer i beskæftigelse" persons, "10 familier" households).
  const courseCount = (): "courses" | "persons" | "households" => {
    const ofAt = head.findIndex((t) => t.lower === "af");
    const counted = ofAt >= 0 ? head.slice(0, ofAt) : head;
    if (counted.some((t) => t.kind === "word" && /forløb|handleplan|vejledning|kursus|kurser$/.test(t.lower)))
      return "courses";
    if (counted.some(isFamilyWord) || (head.length === 0 && families)) return "households";
    return "persons";
  };

  let measure: Measure;
  switch (kind) {
    case "participants":
      measure = { kind, source: participantSource(reading, scope, clues) };
      break;
    case "households":
      measure = { kind, source: householdSource(reading, scope) };
      break;
    case "attendance":
    case "averageAttendance":
    case "events":
      measure = { kind };
      if (kind === "events" && clues.eventTypes.length === 0) {
        creates.eventType = newEventType(reading, scope);
        if (creates.eventType) {
          notes.push(
            `Logbogen har ingen arrangementstype, der passer; typen "${creates.eventType.name}" foreslås oprettet.`,
          );
        } else {
          sure = false;
          notes.push("Ingen af logbogens arrangementstyper passer på teksten; alle arrangementer tælles.");
        }
      }
      break;
    case "coursesStarted": {
      const courseType = guessCourseType();
      if (!courseType) return fallback(notes);
      measure = { kind, count: courseCount(), courseType: courseType.key };
      break;
    }
    case "funnelStage": {
      const stage =
        clues.stages.find((s) => s.phrase) ??
        clues.stages.find((s) => s.courseType === clues.courseType) ??
        clues.stages[0];
      measure = { kind, count: courseCount(), courseType: stage.courseType.key, stage: stage.stage };
      break;
    }
    case "outcomes":
    case "outcomeRate": {
      const outcomes = [...new Set(clues.outcomes.map((o) => o.key))];
      if (outcomes.length === 0 && own.length === 0) {
        const created = guessCourseType();
        const named = outcomesInText(reading).map((o) => o.key);
        outcomes.push(...(named.length > 0 ? named : (created?.outcomes.map((o) => o.key) ?? [])));
      }
      if (outcomes.length === 0) {
        const courseType = guessCourseType();
        const positive = courseType?.outcomes.find((o) => !/fald|afbr|uden/.test(o.name.toLowerCase()));
        if (!positive) return fallback(notes);
        outcomes.push(positive.key);
        sure = false;
        notes.push(`Udfaldet er gættet (${positive.name}).`);
      }
      const only = creates.courseType?.key ?? onlyCourseType;
      const courseType = only ? { courseType: only } : {};
      // "inden for to år" → within 24 months of the start
      const within = reading.durations.find((d) => /^inden|^indenfor|^for$/.test(reading.tokens[d.start - 1]?.lower));
      const count = courseCount();
      measure =
        kind === "outcomeRate"
          ? {
              kind,
              count: count === "courses" ? "courses" : "persons",
              outcomes,
              ...courseType,
              ...(within ? { withinMonths: within.value } : {}),
            }
          : { kind, count, outcomes, ...courseType };
      break;
    }
    case "followUp": {
      const withFollowUp = own.filter((c) => c.followUpMonths.length > 0);
      const offsets = reading.durations.map((d) => d.value);
      const courseType = withFollowUp.find((c) => offsets.some((o) => c.followUpMonths.includes(o))) ?? withFollowUp[0];
      const offset = offsets.find((o) => courseType.followUpMonths.includes(o)) ?? courseType.followUpMonths[0];
      measure = { kind, count: courseCount(), courseType: courseType.key, offsetMonths: offset };
      const more = offsets.filter((o) => o !== offset && courseType.followUpMonths.includes(o));
      if (more.length > 0)
        notes.push(
          `Teksten nævner også opfølgning efter ${more.join(" og ")} måneder: lav et kriterium for hver opfølgning.`,
        );
      break;
    }
    case "contacts":
      measure = {
        kind,
        count: countOf(),
        ...(clues.contactTopics.length ? { topics: keys(clues.contactTopics) } : {}),
      };
      break;
    case "referrals":
      measure = {
        kind,
        count: countOf(),
        ...(clues.receivingBodies.length ? { receivingBodies: keys(clues.receivingBodies) } : {}),
      };
      break;
    case "actionPlans":
      measure = {
        kind,
        count: reading.noun && /handleplan/.test(reading.noun.lower) ? "courses" : courseCount(),
        stage: /indfri|opfyld|gennemfør|fuldfør|nå[rs]? /.test(flat) ? "fulfilled" : "created",
      };
      break;
    case "assessments":
      measure = { kind, assessment: clues.assessments[0].key };
      if (clues.assessments.length > 1)
        notes.push(
          `Teksten passer også på vurderingen "${clues.assessments[1].name}", som kan registreres ved siden af.`,
        );
      break;
    case "volunteers":
      measure = { kind, ...(clues.volunteerRoles.length ? { roles: keys(clues.volunteerRoles) } : {}) };
      if (da(/\bfrivillige og deltagere|deltagere og frivillige\b/).test(flat)) {
        sure = false;
        notes.push("Teksten tæller både frivillige og deltagere: lav et kriterium for hver.");
      }
      break;
    case "externalStatistic":
      measure = externalStatistic(reading, scope, clues);
      if (clues.series.length === 1 && clues.series[0].kind === "statistic")
        measure = { ...measure, series: clues.series[0].key } as Measure;
      if (clues.statistics.length === 0) {
        sure = false;
        notes.push("Nøgletallet findes ikke blandt områdets tal; navnet er taget fra teksten, og kilden mangler.");
      }
      break;
    case "survey":
      measure = survey(reading);
      if (clues.series.length === 1 && clues.series[0].kind === "survey")
        measure = { ...measure, series: clues.series[0].key } as Measure;
      notes.push("Spørgsmålet er taget fra teksten; skriv undersøgelsens egen formulering.");
      sure = false;
      break;
    case "areaList":
      measure = { kind, listArea: namedListArea(flat, scope) };
      break;
    case "milestone": {
      const milestone = keyedMilestone(reading, clues);
      measure = milestone ? { kind, milestone: milestone.key } : { kind };
      break;
    }
  }
  if (da(/\bmålgruppen\b/).test(flat) && clues.targetGroupTags.length === 0 && filtered.includes(measure.kind)) {
    sure = false;
    notes.push('Teksten siger "målgruppen": vælg det målgruppemærke, der tælles.');
  }
  if (filtered.includes(measure.kind) && !("filters" in measure)) {
    const filters = buildFilters(measure, reading, scope, clues);
    if (filters) measure = { ...measure, filters } as Measure;
    // "unge" is an age group: where neither the text nor the activity gives the ages, ask for them
    if (head.some((t) => t.lower === "unge" || t.lower === "ung") && !filters?.ageBand) {
      sure = false;
      notes.push('Teksten siger "unge": skriv aldersgruppen (fx 15–25 år) i filteret, så kun de unge tælles.');
    }
  }
  if (creates.eventType && measure.kind === "events")
    measure = { ...measure, filters: { ...measure.filters, eventTypes: [creates.eventType.key] } };
  const hasNew = creates.courseType || creates.eventType;
  return { measure, notes, sure, ...(hasNew ? { creates } : {}) };
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
