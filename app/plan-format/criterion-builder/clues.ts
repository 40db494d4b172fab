import type { Activity, CourseType } from "../activity";
import type { Milestone } from "../structure";
import type { Scope, Word } from "./context";
import { bestMatch, matchNames } from "./match";
import { dueOfYear } from "./periods";
import type { Reading } from "./reading";
import { da, type Token } from "./text";

type AreaStatistic = Scope["plan"]["areas"][number]["statistics"][number];

/** What a criterion text mentions of the plan: its course types, vocabularies, milestones, figures. */
export interface Clues {
  courseType?: CourseType;
  outcomes: { key: string; courseType: CourseType }[];
  stages: { courseType: CourseType; stage: string }[];
  eventTypes: Word[];
  receivingBodies: Word[];
  assessments: Word[];
  volunteerRoles: Word[];
  contactTopics: Word[];
  targetGroupTags: Word[];
  milestone?: { milestone: Milestone; coverage: number; dueMatches: boolean };
  statistics: AreaStatistic[];
  /** An activity other than the owner named by its full title. */
  activity?: Activity;
}

const jobWords = [["job", "jobs", "arbejde", "beskæftigelse", "beskæftiget"]];
const negativeOutcome = /fald|afbr|uden |drop|stop|ophør|afvis/;
const negativeText = da(/\b(fald\w*|frafald\w*|afbr\w*|dropp\w*|stopp\w*)\b/);

/** The text with "tættere på …" blanked out: getting closer to a job is not a job. */
function withoutCloserTo(tokens: Token[]): Token[] {
  const out = [...tokens];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower === "tættere" || (tokens[i].lower === "nærmere" && tokens[i + 1]?.lower === "på")) {
      for (let j = i; j < Math.min(tokens.length, i + 6) && tokens[j].kind !== "punct"; j++)
        out[j] = { ...tokens[j], kind: "punct" };
    }
  }
  return out;
}

/** Finds everything in the plan that the text names. */
export function findClues(reading: Reading, scope: Scope): Clues {
  const { tokens } = reading;
  const reachable = withoutCloserTo(tokens);
  const words = scope.words;
  const negative = negativeText.test(reading.flat);

  const outcomes: Clues["outcomes"] = [];
  for (const courseType of scope.ownCourseTypes) {
    const found = matchNames(
      reachable,
      courseType.outcomes.filter((o) => negative || !negativeOutcome.test(`${o.name.toLowerCase()} `)),
      (o) => o.name,
      { synonyms: jobWords },
    );
    for (const m of found) outcomes.push({ key: m.item.key, courseType });
  }

  const stages: Clues["stages"] = [];
  for (const courseType of scope.ownCourseTypes) {
    for (const m of matchNames(reachable, courseType.stages, (s) => s.name))
      stages.push({ courseType, stage: m.item.key });
  }

  // A course type named in the counted phrase, else anywhere.
  const byName = (from?: number, to?: number) =>
    bestMatch(matchNames(tokens, scope.courseTypes, (c) => c.name, { from, to, ignore: ["forløb"] }))?.item;
  const courseType = (reading.head && byName(reading.head.from, reading.head.to)) || byName();

  // Event types: in the counted phrase when things are counted, else anywhere.
  const eventOptions = { distinctive: true };
  const headEvents =
    reading.subject === "things" && reading.head
      ? matchNames(tokens, words("eventTypes"), (w) => w.name, { ...eventOptions, ...reading.head })
      : [];
  const eventTypes = (
    headEvents.length > 0 ? headEvents : matchNames(tokens, words("eventTypes"), (w) => w.name, eventOptions)
  ).map((m) => m.item);

  const assessments = matchNames(tokens, words("assessmentTypes"), (w) => w.name)
    .sort((a, b) => b.coverage - a.coverage || a.first - b.first)
    .map((m) => m.item);

  return {
    courseType,
    outcomes,
    stages,
    eventTypes,
    receivingBodies: matchNames(tokens, words("receivingBodies"), (w) => w.name, { minCoverage: 0.25 }).map(
      (m) => m.item,
    ),
    assessments,
    volunteerRoles: matchNames(tokens, words("volunteerRoles"), (w) => w.name, { ignore: ["frivillig"] }).map(
      (m) => m.item,
    ),
    contactTopics: matchNames(tokens, words("contactTopics"), (w) => w.name).map((m) => m.item),
    targetGroupTags: matchNames(tokens, words("targetGroupTags"), (w) => w.name, { minCoverage: 1 }).map((m) => m.item),
    milestone: findMilestone(reading, scope),
    statistics: findStatistics(reading, scope),
    activity: findActivity(reading, scope),
  };
}

function findMilestone(reading: Reading, scope: Scope): Clues["milestone"] {
  const found = matchNames(reading.tokens, scope.milestones, (m) => m.title, { minCoverage: 0, keepAsides: true });
  const best = bestMatch(found);
  if (!best) return undefined;
  const dates = reading.years.map((y) => dueOfYear(reading.tokens, y));
  const due = best.item.due;
  const dueMatches = dates.some((d) => due === d || due.startsWith(d) || (due.length === 4 && d.startsWith(due)));
  return { milestone: best.item, coverage: best.coverage, dueMatches };
}

const genericLabelWords = ["andel", "andelen", "antal", "antallet"];

function findStatistics(reading: Reading, scope: Scope): AreaStatistic[] {
  const all = scope.plan.areas.flatMap((a) => a.statistics);
  const found = matchNames(reading.tokens, all, (s) => s.label, { minCoverage: 0 }).filter((m) => {
    const first = m.item.label.toLowerCase().split(/[\s,(]/)[0];
    const firstFound = [...m.positions].some((p) => reading.tokens[p].lower.startsWith(first.slice(0, 6)));
    return m.coverage >= 0.6 || (firstFound && !genericLabelWords.includes(first));
  });
  const top = Math.max(0, ...found.map((m) => m.coverage));
  return found.filter((m) => m.coverage === top).map((m) => m.item);
}

function findActivity(reading: Reading, scope: Scope): Activity | undefined {
  if (scope.level === "activity") return undefined;
  const found = matchNames(reading.tokens, scope.activities, (a) => a.title, { minCoverage: 1 }).filter(
    (m) => m.found >= 2,
  );
  return bestMatch(found)?.item;
}
