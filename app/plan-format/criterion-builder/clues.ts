import type { Activity, CourseType } from "../activity";
import type { Milestone } from "../structure";
import type { Scope, Word } from "./context";
import { bestMatch, matchNames } from "./match";
import { dueOfYear } from "./periods";
import type { Reading } from "./reading";
import { isPersonWord } from "./reading";
import { da, matchName, nameWords, type Token, tokenize } from "./text";

type AreaStatistic = Scope["plan"]["areas"][number]["statistics"][number];

/** What a criterion text mentions of the plan: its course types, vocabularies, milestones, figures. */
export interface Clues {
  courseType?: CourseType;
  outcomes: { key: string; courseType: CourseType; phrase: boolean }[];
  stages: { courseType: CourseType; stage: string; phrase: boolean }[];
  eventTypes: Word[];
  receivingBodies: Word[];
  assessments: Word[];
  volunteerRoles: Word[];
  /** Where the first volunteer role is named in the text. */
  volunteerRoleAt?: number;
  contactTopics: Word[];
  targetGroupTags: Word[];
  milestone?: { milestone: Milestone; coverage: number; found: number; words: number; dueMatches: boolean };
  statistics: AreaStatistic[];
  /** The plan's named series whose label the text names (a statistic or survey entered once). */
  series: Scope["plan"]["series"];
  /** An activity other than the owner named by its full title. */
  activity?: Activity;
}

const jobWords = [["job", "jobs", "arbejde", "beskæftigelse", "beskæftiget"]];
const audienceWords = [
  "børn",
  "barn",
  "unge",
  "ung",
  "voksne",
  "beboere",
  "borgere",
  "familier",
  "deltagere",
  "forældre",
];
const eventNouns = ["aktivitet", "arrangement", "begivenhed", "møde", "event", "tilbud"];
/** Words in receiving bodies' names that say what kind of body, not which. */
const bodyNouns = ["tilbud", "system", "instans", "andet", "anden", "øvrig", "regi", "helhedsplan"];
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

/** Whether a name's words stand together in the text ("fortsat medlem"), not apart. */
const isPhrase = (positions: Set<number>) => {
  const list = [...positions].sort((a, b) => a - b);
  return list.length >= 2 && list.every((p, i) => i === 0 || p === list[i - 1] + 1);
};

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
    for (const m of found) outcomes.push({ key: m.item.key, courseType, phrase: isPhrase(m.positions) });
  }

  const stages: Clues["stages"] = [];
  for (const courseType of scope.ownCourseTypes) {
    for (const m of matchNames(reachable, courseType.stages, (s) => s.name))
      stages.push({ courseType, stage: m.item.key, phrase: isPhrase(m.positions) });
  }

  // A course type named in the counted phrase, else anywhere.
  const byName = (from?: number, to?: number) =>
    bestMatch(matchNames(tokens, scope.courseTypes, (c) => c.name, { from, to, ignore: ["forløb"] }))?.item;
  const courseType = (reading.head && byName(reading.head.from, reading.head.to)) || byName();

  // Event types: in the counted phrase when things are counted, else anywhere. Who takes part
  // ("for børn og unge") does not make a type, nor does "aktivitet" alone.
  const eventOptions = { distinctive: true, ignore: audienceWords, generic: eventNouns };
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

  const roles = matchNames(tokens, words("volunteerRoles"), (w) => w.name, {
    ignore: ["frivillig"],
    suffixes: true,
    generic: [...eventNouns, "helhedsplan", "plan", "projekt"],
  });

  return {
    courseType,
    outcomes,
    stages,
    eventTypes,
    // "kommunen" names every body of the kommune
    receivingBodies: matchNames(tokens, words("receivingBodies"), (w) => w.name, {
      minCoverage: 0.01,
      ignore: bodyNouns,
      subsume: false,
    }).map((m) => m.item),
    assessments,
    volunteerRoles: preferOwner(
      roles.map((m) => m.item),
      scope,
    ),
    volunteerRoleAt: roles[0]?.first,
    contactTopics: matchNames(tokens, words("contactTopics"), (w) => w.name).map((m) => m.item),
    targetGroupTags: matchNames(tokens, words("targetGroupTags"), (w) => w.name, {
      minCoverage: 1,
      suffixes: true,
    }).map((m) => m.item),
    milestone: findMilestone(reading, scope),
    statistics: findStatistics(reading, scope),
    series: findSeries(reading, scope),
    activity: findActivity(reading, scope),
  };
}

/** Of several equally good words, those that share a word with the owning activity's title. */
function preferOwner(found: Word[], scope: Scope): Word[] {
  if (found.length < 2 || !scope.activity) return found;
  const title = tokenize(scope.activity.title);
  const owned = found.filter((w) => matchName(title, w, nameWords(w.name), 0, title.length, true));
  return owned.length > 0 ? owned : found;
}

function findMilestone(reading: Reading, scope: Scope): Clues["milestone"] {
  // the owning activity's own words ("opsøgende familierådgiver") do not tell its milestones apart
  const ownWords = scope.activity ? nameWords(scope.activity.title).map((w) => w[0]) : [];
  const found = matchNames(reading.tokens, scope.milestones, (m) => m.title, {
    minCoverage: 0,
    keepAsides: true,
    ignore: ownWords,
  });
  const best = bestMatch(found);
  if (!best) return undefined;
  const dates = reading.years.map((y) => dueOfYear(reading.tokens, y));
  const due = best.item.due;
  const dueMatches = dates.some((d) => due === d || due.startsWith(d) || (due.length === 4 && d.startsWith(due)));
  return {
    milestone: best.item,
    coverage: best.coverage,
    found: best.found,
    words: best.found / best.coverage,
    dueMatches,
  };
}

const genericLabelWords = ["andel", "andelen", "antal", "antallet"];

function findStatistics(reading: Reading, scope: Scope): AreaStatistic[] {
  const all = scope.plan.areas.flatMap((a) => a.statistics);
  // most of the label, and more than who it is about ("Beboere i de to afdelinger i alt")
  const found = matchNames(reading.tokens, all, (s) => s.label, { minCoverage: 0.6 }).filter((m) =>
    [...m.positions].some(
      (p) => !isPersonWord(reading.tokens[p]) && !genericLabelWords.includes(reading.tokens[p].lower),
    ),
  );
  const top = Math.max(0, ...found.map((m) => m.coverage));
  return found.filter((m) => m.coverage === top).map((m) => m.item);
}

function findSeries(reading: Reading, scope: Scope): Scope["plan"]["series"] {
  const found = matchNames(reading.tokens, scope.plan.series, (s) => s.label, { minCoverage: 0.6 }).filter((m) =>
    [...m.positions].some(
      (p) => !isPersonWord(reading.tokens[p]) && !genericLabelWords.includes(reading.tokens[p].lower),
    ),
  );
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
