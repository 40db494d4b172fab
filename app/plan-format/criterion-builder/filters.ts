import type { Measure, MeasureFilters, MeasureKind } from "../measure";
import type { Clues } from "./clues";
import type { Scope, Word } from "./context";
import { ageBandOf } from "./numbers";
import type { Reading } from "./reading";
import { da, matchName, nameWords, tokenize } from "./text";

const keys = (words: Word[]) => words.map((w) => w.key);

/** "deltager i aktiviteter (og arrangementer)", "anvendte aktiviteten": whatever the activity logs. */
export const anyActivity = (flat: string) => da(/\baktivitet(en|er|erne)?\b/).test(flat);

/** The filters the wording asks for: scope, event types, target group, age, new, residents. */
export function buildFilters(
  measure: Measure,
  reading: Reading,
  scope: Scope,
  clues: Clues,
): MeasureFilters | undefined {
  const f: MeasureFilters = {};
  const { flat } = reading;
  const planWide = da(
    /\b(helhedsplanens|planens|projektets|partnerskabets) aktiviteter\b|\bi hele (helhedsplanen|planen)\b/,
  ).test(flat);
  if (clues.activity) f.activity = clues.activity.key;
  else if (scope.level === "focusArea" && scope.focusArea && !planWide) f.focusArea = scope.focusArea.key;

  const kind = measure.kind;
  const eventKinds: MeasureKind[] = ["events", "attendance", "averageAttendance"];
  const participantsAtEvents = kind === "participants" && measure.source === "events" && !anyActivity(flat);
  if ((eventKinds.includes(kind) || participantsAtEvents) && clues.eventTypes.length > 0)
    f.eventTypes = keys(clues.eventTypes);
  const tags = targetGroupTags(measure, reading, scope, clues);
  if (tags) f.targetGroupTags = tags;
  whoFilters(f, measure, reading, scope, clues);
  return Object.keys(f).length > 0 ? f : undefined;
}

/** The target group tags the counted persons are named by, unless the activity or course type already says so. */
function targetGroupTags(measure: Measure, reading: Reading, scope: Scope, clues: Clues): string[] | undefined {
  const kind = measure.kind;
  const counted = reading.main?.kind === "count";
  const householdCount =
    kind === "households" || ((kind === "referrals" || kind === "contacts") && measure.count === "households");
  const personKinds: MeasureKind[] = [
    "participants",
    "coursesStarted",
    "funnelStage",
    "outcomes",
    "outcomeRate",
    "contacts",
    "referrals",
    "volunteers",
    "actionPlans",
    "assessments",
  ];
  if (counted && !householdCount && personKinds.includes(kind)) {
    // a tag the activity's target group already says is no filter, nor one the course type says
    // unless the counted phrase names it ("50 deltagende forældre" in an activity for the whole family)
    const courseType =
      "courseType" in measure && measure.courseType
        ? tokenize(scope.ownCourseTypes.find((c) => c.key === measure.courseType)?.name ?? "")
        : [];
    const group = targetGroupStart(scope);
    const head = reading.head ? reading.tokens.slice(reading.head.from, reading.head.to) : [];
    const covers = (tokens: typeof head, t: (typeof clues.targetGroupTags)[number]) =>
      matchName(tokens, t, nameWords(t.name))?.coverage ?? 0;
    const tags = clues.targetGroupTags.filter(
      (t) => covers(group, t) < 0.5 && (covers(courseType, t) < 1 || covers(head, t) >= 1),
    );
    if (tags.length > 0) return keys(tags);
  }

  return undefined;
}

/** Age band, new persons only and residents only, as the wording says. */
function whoFilters(f: MeasureFilters, measure: Measure, reading: Reading, scope: Scope, clues: Clues) {
  const kind = measure.kind;
  const { flat, noun } = reading;
  const counted = reading.main?.kind === "count";
  const ageKinds: MeasureKind[] = ["participants", "coursesStarted", "volunteers", "contacts", "referrals"];
  if (counted && ageKinds.includes(kind)) {
    const band = reading.ages.find((a) => a.ageBand)?.ageBand ?? ageOfWords(reading, scope);
    if (band) f.ageBand = band;
  }

  const newKinds: MeasureKind[] = ["participants", "volunteers", "contacts", "households"];
  if (
    newKinds.includes(kind) &&
    da(
      /\bnye (deltagere|beboere|frivillige|brugere|medlemmer|borgere|familier)\b|\b(bliver|blive|begynder at være|begynder som|begynder at blive) frivillig|\bnytilkomne\b/,
    ).test(flat)
  )
    f.newOnly = true;

  // "50 beboere blev hjulpet videre", "100 henvendelser fra beboere": residents only
  // (in the kinds counted from records, a target group tag already says who: "8 socialt isolerede beboere")
  // contacts "fra beboere" (not outreach "skabt kontakt til 100 beboere"); a role named in an aside
  // ("10 beboere (ambassadører)") says who the volunteers are
  const residentNoun = noun?.lower.startsWith("beboer") ?? false;
  if ((kind === "participants" || kind === "attendance") && residentNoun) f.residentsOnly = true;
  const roleAside = clues.volunteerRoleAt !== undefined && reading.tokens[clues.volunteerRoleAt - 1]?.lower === "(";
  const residents =
    kind === "contacts"
      ? da(/\bfra beboer(e|ne)\b/).test(flat)
      : (kind === "referrals" || kind === "volunteers") && residentNoun && !roleAside;
  if (residents && !f.targetGroupTags) f.residentsOnly = true;
}

/** The first words of the owning activity's target group ("Børn og unge i de to afdelinger"). */
function targetGroupStart(scope: Scope) {
  return tokenize(scope.activity?.targetGroup ?? "")
    .filter((t) => t.kind === "word")
    .slice(0, 4);
}

/** "børn og unge" → 0–18; "unge" → the age band in the activity's title, e.g. "Ung i Job (14-18 år)". */
function ageOfWords(reading: Reading, scope: Scope): { min?: number; max?: number } | undefined {
  const head = reading.head ? reading.tokens.slice(reading.head.from, reading.head.to) : [];
  const has = (w: string) => head.some((t) => t.lower === w);
  const group = targetGroupStart(scope).map((t) => t.lower);
  if (has("børn") && has("unge") && !group.includes("børn") && !group.includes("unge")) return { min: 0, max: 18 };
  if (has("unge")) for (const a of scope.ancestors) if (ageBandOf(a.title)) return ageBandOf(a.title);
  return undefined;
}
