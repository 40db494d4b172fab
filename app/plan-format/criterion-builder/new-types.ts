import type { CourseType } from "../activity";
import { freshKey } from "../edit-plan";
import type { Scope, Word } from "./context";
import type { Reading } from "./reading";
import { da } from "./text";

/** What the plan does not have yet and the proposal needs: a course type, an event type. */
export interface NewTypes {
  courseType?: CourseType;
  eventType?: Word;
}

/** Outcomes a criterion names in the field's words: job, education, leisure job, completed, kept. */
const outcomeWords: { pattern: RegExp; key: string; name: string }[] = [
  { pattern: da(/\bfritidsjob\w*|lommepengejob\w*/), key: "fritidsjob", name: "Fritidsjob" },
  { pattern: da(/\b(job|jobs|arbejde|beskæftigelse|beskæftiget|ansat|ansættelse)\b/), key: "job", name: "Job" },
  { pattern: da(/\b(\w*uddannelse\w*|efteruddann\w*|optaget)\b/), key: "uddannelse", name: "Uddannelse" },
  { pattern: da(/\bpraktik\w*/), key: "praktik", name: "Praktik" },
  { pattern: da(/\b(gennemfør\w*|fuldfør\w*|afslutte[rt]?)\b/), key: "gennemfoert", name: "Gennemført" },
  { pattern: da(/\b(fastholdes|fastholdt|fastholder|fortsat)\b/), key: "fastholdt", name: "Fastholdt" },
];

/** "kommer i job", "starter på en uddannelse", "gennemfører et forløb", "fastholdes i job". */
export const outcomeVerb = da(
  /\b(kommer|kom|komme|går|gik|starter|startede|begynder|begyndte) (i|på|ud i|videre i) (\w+ )?(job|arbejde|beskæftigelse|\w*uddannelse|praktik|fritidsjob|lommepengejob)\b|\b(bliver|blev) (ansat|optaget|selvforsørgende)|\b(gennemfører|gennemførte|fuldfører|fastholdes|fastholdt|fastholder) /,
);

/** The outcomes the text names, as a new course type would have them. */
export function outcomesInText(reading: Reading) {
  const found = outcomeWords.filter((o) => o.pattern.test(reading.flat)).map(({ key, name }) => ({ key, name }));
  // "fastholdes i uddannelse", "gennemfører en ungdomsuddannelse": one outcome, not two
  const kept = da(/\b(fastholdes|fastholdt|fastholder) i (job|uddannelse)\b/).exec(reading.flat);
  const done = da(/\b(gennemfører|gennemførte|fuldfører|fuldførte) (en |et |sin |deres )?\w*uddannelse\b/).exec(
    reading.flat,
  );
  if (!kept && !done) return found;
  const what = kept ? (kept[2] === "job" ? "job" : "uddannelse") : "uddannelse";
  const [was, key, name] = kept
    ? ["fastholdt", `fastholdt-i-${what}`, `Fastholdt i ${what}`]
    : ["gennemfoert", "gennemfoert-uddannelse", "Gennemført uddannelse"];
  return [{ key, name }, ...found.filter((o) => o.key !== was && o.key !== what)];
}

/** The kind of course a text speaks of: mentoring, a job pathway, membership … ("other" if none). */
export const categoryOf = (flat: string): CourseType["category"] =>
  /mentor/.test(flat)
    ? "mentoring"
    : /fritidsjob|lommepenge/.test(flat)
      ? "leisureJob"
      : /handleplan/.test(flat)
        ? "actionPlan"
        : /forening|medlem/.test(flat)
          ? "membership"
          : da(/\bjob|beskæftigelse|arbejde/).test(flat)
            ? "jobPathway"
            : "other";

const categoryNames: Partial<Record<NonNullable<CourseType["category"]>, string>> = {
  mentoring: "Mentorforløb",
  jobPathway: "Jobforløb",
  leisureJob: "Fritidsjobforløb",
  membership: "Foreningsforløb",
  actionPlan: "Handleplan",
};

/** Whether the text names a course: "mentorforløb", "et kursus", "handleplan". */
export const namesCourse = (reading: Reading) =>
  reading.tokens.some((t) => t.kind === "word" && /forløb$|kursus$|handleplan$/.test(t.lower));

/**
 * A course type for a criterion whose plan has none that fits, named from the text ("et
 * mentorforløb" → Mentorforløb) or else from the activity ("Forløb i Ung i Job"), with a first stage
 * Startet and the outcomes the text names.
 */
export function newCourseType(reading: Reading, scope: Scope): CourseType {
  const at = reading.tokens.findIndex(
    (t) =>
      t.kind === "word" &&
      /forløb(et|ene)?$|kursus$|handleplan$|praktik$|program$/.test(t.lower) &&
      t.lower !== "forløbet",
  );
  const noun = reading.tokens[at];
  const kind = categoryOf(reading.flat);
  // "sundhedsforløbene" → Sundhedsforløb; "kriminalitetsforebyggende forløb" keeps its adjective
  const before = reading.tokens[at - 1];
  const adjective = noun?.lower === "forløb" && before?.kind === "word" && /(nde|ske|ige)$/.test(before.lower);
  const base = noun && (adjective ? `${before.lower} forløb` : noun.lower.replace(/forløb(et|ene)$/, "forløb"));
  const name = base
    ? base.charAt(0).toUpperCase() + base.slice(1)
    : (categoryNames[kind ?? "other"] ?? `Forløb i ${scope.activity?.title ?? scope.focusArea?.title ?? "planen"}`);
  const used = scope.index.courseTypes.map((c) => c.courseType.key);
  const outcomes = outcomesInText(reading);
  return {
    key: freshKey(name, used),
    name,
    category: kind,
    stages: [{ key: "startet", name: "Startet" }],
    outcomes: outcomes.length > 0 ? outcomes : [{ key: "gennemfoert", name: "Gennemført" }],
    followUpMonths: [],
  };
}

const genericEvents = /^(aktivitet|arrangement|begivenhed|event|møde|tilbud)/;

/**
 * An event type for a count of things the plan's logbook has no type for: "5 årlige beboerblade" →
 * Beboerblade. Nothing for the general words ("3 aktiviteter"), which count every event.
 */
export function newEventType(reading: Reading, scope: Scope): Word | undefined {
  const noun = reading.noun;
  if (!noun || reading.subject !== "things" || genericEvents.test(noun.lower)) return undefined;
  const head = reading.head ? reading.tokens.slice(reading.head.from, reading.head.to) : [];
  const words = head.filter(
    (t) =>
      t.kind === "word" &&
      !/^(årlige|årligt|nye|flere|mindre|større|forskellige|afholdte|gennemførte|planlagte)$/.test(t.lower),
  );
  const phrase = words.map((t) => t.text).join(" ");
  const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
  const used = scope.words("eventTypes").map((w) => w.key);
  return name ? { key: freshKey(name, used), name } : undefined;
}
