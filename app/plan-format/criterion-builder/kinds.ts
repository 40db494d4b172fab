import type { MeasureKind } from "../measure";
import type { Milestone } from "../structure";
import type { Clues } from "./clues";
import type { Scope } from "./context";
import { outcomeVerb } from "./new-types";
import { isPersonWord, type Reading } from "./reading";
import { da } from "./text";

/** Phrases that point at a kind of measure. */
export const cues = {
  /** "fortsat vurderer, at …": someone states yes or no. */
  yesNo: da(/\b(vurderer|vurdere|oplyser|bekræfter|konstaterer),? at\b/),
  /** The government's lists of housing areas: "ikke på ghettolisten", "ikke et forebyggelsesområde". */
  areaList: da(
    /\b(ghettolist\w*|\w*ghettoområde\w*|parallelsamfund\w*|omdannelsesområde\w*|forebyggelsesområde\w*|listen over (de )?udsatte boligområder)\b/,
  ),
  survey: da(
    /\b(\w*undersøgelse\w*|måling\w*|måle|måler|spørge|spørges|spørgeskema\w*|angiver|angive|svarer|interview\w*)\b/,
  ),
  statistic: da(
    /\b(fraflytning\w*|udsættelse\w*|kriminalitet(?!sforebyg|spræv)\w*|anmeldelse\w*|skolefravær\w*|fravær\w*|ledighed\w*|beskæftigelsesfrekvens\w*|erhvervsfrekvens\w*|indkomst\w*|karaktergennemsnit\w*|hærværk\w*|indbrud\w*|sigtelse\w*|dømte|tomgang\w*|lejetab\w*|restance\w*|kontanthjælpsmodtager\w*|overførselsindkomst\w*)\b/,
  ),
  /** "falder fra 8 til 4", "stiger fra 20 % til 30 %". */
  change: da(/\b(falde[rt]?|stige[rt]?|reduceres|nedbringes|øges|sænkes|hæves|mindskes|nedsættes)\b.*\bfra\b.*\btil\b/),
  followUp: da(/\b(følge|følges|følger op|opfølgning\w*|følge op)\b/),
  rate: da(/\b(succesrate\w*|succes\w*|andel\w*|procent\w*)\b/),
  referral: da(
    /\b(brobyg\w*|henvis\w*|henvist\w*|videreformidl\w*|kontakt mellem|skabes kontakt|formidle\w* kontakt|formidles kontakt|hjulpet videre|hjælpes videre|hjælpe videre|hjælper videre)\b/,
  ),
  towards: da(/\b(hen til|videre til|over i|i kontakt med)\b/),
  milestone: da(
    /\b(ansættelse|ansætte\w*|etabler\w*|udarbejd\w*|udvikle\w*|evaluer\w*|lægge en plan|igangsæt\w*|opstart\w*|forankr\w*|ultimo|primo|medio|implementer\w*|oprette\w*|oprettelse|afholde\w*|gennemføre en|samarbejde med)\b/,
  ),
  actionPlan: da(/\bhandleplan\w*/),
  average: da(/\b(i snit|i gennemsnit|gennemsnitlig\w*|i gns)\b/),
  contacts: da(/\b(henvendelse\w*|rådgivningssamtale\w*|(skabt|skabe|skabes|etableret|opnået|fået) kontakt til)\b/),
  helping: da(/\bhjælpe\w*\b/),
  volunteer: da(/\b(bliver|blive|være|er|som|flere|nye|antallet af|antal) frivillig\w*/),
  perception: da(
    /\b(tryg|tryggere|trygge|tryghed|utryg\w*|tilfreds\w*|trivsel|livskvalitet|naboskab\w*|oplevede?|oplever)\b/,
  ),
  attendance: da(/\b(fremmøde\w*|fremmødte|besøgende|besøg)\b/),
  events: da(
    /\b(aktivitet\w*|arrangement\w*|begivenhed\w*|events?|møde[rt]?\w*|oplæg|workshop\w*|udflugt\w*|fest\w*|\w*blad(e|et)?|nyhedsbrev\w*|udgivelse\w*|\w*vandring\w*)\b/,
  ),
};

const eventNoun =
  /(aktivitet|aktiviteter|arrangement|arrangementer|begivenhed|begivenheder|event|events|møde|møder|oplæg|workshop|workshops|kursus|kurser|udflugt|udflugter|fest|fester|tur|ture|vandring|vandringer|blad|blade|nyhedsbrev|nyhedsbreve|udgivelse|udgivelser|aften|aftener|dag|dage|café|caféer|cafe|caféaftener|spisning|spisninger|foredrag|festival|festivaler|konference|konferencer|opslag|artikel|artikler|pjece|pjecer|folder|foldere)$/;

/**
 * The plan's milestone the text describes, if it has no number and either shares half the
 * milestone's words or shares some and names its date ("Ultimo 2017 skal aktiviteten evalueres").
 */
export function keyedMilestone(reading: Reading, clues: Clues): Milestone | undefined {
  const m = clues.milestone;
  if (!m || reading.values.length > 0) return undefined;
  const words = m.coverage > 0.5 && m.found >= Math.min(2, m.words);
  return words || (m.dueMatches && cues.milestone.test(reading.flat)) ? m.milestone : undefined;
}

const startVerb = da(
  /\b(starter|startede|begynder|begyndte|påbegynder|påbegyndte|tilknyttes|tilknyttet|indgår|indgik|visiteres|optages|matches|matchet)\b/,
);
const courseWord = (reading: Reading) => reading.tokens.some((t) => t.kind === "word" && /forløb$/.test(t.lower));

const startWords = /tilknyt|tilmeld|visiter|rekrutter|henvist|start|match|indskrevet|optaget|påbegynd|oprettet/;

/**
 * Whether the counted people are said to be in a volunteer role: "20 mentorer", "10 beboere blev
 * en fast del af arbejdsgruppen", "10 beboere (ambassadører)", not "40 brugere anvendte lektiehjælpen".
 */
function roleIsSubject(reading: Reading, clues: Clues): boolean {
  const at = clues.volunteerRoleAt;
  if (at === undefined) return false;
  if (reading.head && at >= reading.head.from && at < reading.head.to) return true;
  const before = reading.tokens.slice(Math.max(0, at - 5), at).map((t) => t.lower);
  return before.some((w) => ["blev", "bliver", "blive", "er", "var", "være", "som", "("].includes(w));
}

export interface KindChoice {
  kind: MeasureKind;
  /** Which rule chose it, in Danish, for the notes. */
  reason: string;
  /** Whether the rule is a firm one (a named measure word or a plan word found). */
  firm: boolean;
}

const choose = (kind: MeasureKind, reason: string, firm = true): KindChoice => ({ kind, reason, firm });

/**
 * Chooses the kind of measure from the wording. The rules are tried in order; the first that
 * fits wins. Every rule is a general way Danish plans write criteria, not a particular plan.
 */
export function chooseKind(reading: Reading, scope: Scope, clues: Clues): KindChoice {
  return (
    byMeasureWords(reading, scope, clues) ??
    byCountedNoun(reading, scope, clues) ??
    byVerbsAndPeople(reading, scope, clues)
  );
}

/** The rules on words that name a measure: a survey, a referral, a list, a statistic, a share, contacts … */
function byMeasureWords(reading: Reading, scope: Scope, clues: Clues): KindChoice | undefined {
  const { flat, main, noun } = reading;
  const hasValue = reading.values.length > 0;
  const percent = main?.kind === "percent";
  const courses = scope.ownCourseTypes;
  if (cues.yesNo.test(flat) && !hasValue) return choose("milestone", "nogen vurderer, om det er opfyldt (ja/nej)");
  if (cues.survey.test(flat)) return choose("survey", "teksten nævner en undersøgelse eller måling");
  const referral = cues.referral.test(flat);
  if (
    (referral && (clues.receivingBodies.length > 0 || clues.outcomes.length === 0)) ||
    (cues.towards.test(flat) && clues.receivingBodies.length > 0)
  )
    return choose("referrals", "brobygning eller kontakt til en instans");
  if (cues.areaList.test(flat))
    return choose("areaList", "regeringens lister over boligområder (almenboligloven § 61 a/§ 61 b)");
  const milestone = keyedMilestone(reading, clues);
  if (milestone) return choose("milestone", `milepælen "${milestone.title}"`);
  if (clues.statistics.length > 0) return choose("externalStatistic", "teksten nævner et nøgletal fra området");
  if (cues.statistic.test(flat) || (cues.change.test(flat) && reading.values.length >= 2))
    return choose("externalStatistic", "et tal, der indberettes udefra (fx fraflytning, kriminalitet)");
  if (cues.followUp.test(flat) && reading.durations.length > 0 && courses.some((c) => c.followUpMonths.length > 0))
    return choose("followUp", "opfølgning et antal måneder efter forløbet");
  // a share of the participants or the courses (a cohort), not of all residents
  const cohort = da(/\b(deltager\w*|forløb\w*)\b/).test(flat);
  if (percent && courses.length > 0 && (clues.outcomes.length > 0 || cues.rate.test(flat) || cohort))
    return choose("outcomeRate", "en andel af forløbene, der når et udfald");
  // "50 % af deltagerne kommer i job inden for et år" where the plan has no course type yet
  if (percent && courses.length === 0 && outcomeVerb.test(flat) && !cues.perception.test(flat))
    return choose("outcomeRate", "en andel af forløbene, der når et udfald (forløbstypen oprettes)", false);
  if (percent) return choose("survey", "en andel af beboerne kan kun måles ved en undersøgelse", false);
  if (clues.assessments.length > 0) return choose("assessments", "en vurdering fra planens logbog");
  if (cues.actionPlan.test(flat)) return choose("actionPlans", "personlige handleplaner");
  if (cues.average.test(flat)) return choose("averageAttendance", "fremmøde i snit pr. arrangement");
  if (cues.contacts.test(flat) || (noun && /^(kontakter|samtaler)$/.test(noun.lower)))
    return choose("contacts", "henvendelser");
  return undefined;
}

/** The rules on what is counted: courses, volunteers, events, outcomes, stages. */
function byCountedNoun(reading: Reading, scope: Scope, clues: Clues): KindChoice | undefined {
  const { flat, main, noun, subject } = reading;
  const count = main?.kind === "count";
  const courses = scope.ownCourseTypes;
  if (count && noun) {
    const courseNoun =
      noun.lower.endsWith("forløb") ||
      (!isPersonWord(noun) &&
        courses.some((c) =>
          c.name
            .toLowerCase()
            .split(/[^\p{L}\d]+/u)
            .includes(noun.lower),
        ));
    if (courseNoun) return choose("coursesStarted", "et antal forløb");
  }
  if (noun?.lower.startsWith("frivillig") || cues.volunteer.test(flat))
    return choose("volunteers", "frivillige i aktiviteterne");
  if (clues.volunteerRoles.length > 0 && subject === "persons" && roleIsSubject(reading, clues))
    return choose("volunteers", `frivillige i rollen "${clues.volunteerRoles[0].name}"`);
  if (count && subject === "things" && noun && (eventNoun.test(noun.lower) || clues.eventTypes.length > 0))
    return choose("events", "et antal arrangementer eller leverancer");
  // a stage named word for word ("fortsat medlem") beats an outcome whose words lie apart
  const stageAsPhrase = clues.stages.some((st) => st.phrase) && !clues.outcomes.some((o) => o.phrase);
  if (clues.outcomes.length > 0 && subject !== "things" && !stageAsPhrase)
    return choose("outcomes", "forløb, der ender med et udfald (job, uddannelse …)");
  if (clues.stages.length > 0 && subject === "persons") {
    const { courseType, stage } = clues.stages[0];
    // reaching a first stage such as "Tilknyttet" or "Visiteret" is starting the course
    const first = courseType.stages[0];
    if (first.key === stage && clues.stages.length === 1 && startWords.test(first.name.toLowerCase()))
      return choose("coursesStarted", `forløb, der starter (første trin: ${courseType.stages[0].name})`);
    return choose("funnelStage", "forløb, der når et trin (fx praktik)");
  }
  return undefined;
}

/** The field's verbs where the plan has no course type yet, then households, people, events and the fallbacks. */
function byVerbsAndPeople(reading: Reading, scope: Scope, clues: Clues): KindChoice {
  const { flat, main, subject } = reading;
  const count = main?.kind === "count";
  const courses = scope.ownCourseTypes;
  // the field's verbs where the plan has no course type yet: "12 unge starter et mentorforløb",
  // "5 beboere kommer i job", "10 gennemfører et forløb"; the builder offers the course type
  // … and "Antal unge i mentorforløb: 15": people in a course
  const inCourse = da(/\bi (et |en |\w+ )?\w*forløb(et|ene)?\b/).test(flat);
  if (courses.length === 0 && subject !== "things" && courseWord(reading) && (startVerb.test(flat) || inCourse))
    return choose("coursesStarted", "forløb, der starter (forløbstypen oprettes)", false);
  if (courses.length === 0 && subject !== "things" && outcomeVerb.test(flat))
    return choose("outcomes", "forløb, der ender med et udfald (forløbstypen oprettes)", false);
  if (cues.helping.test(flat) && courses.length > 0 && subject === "persons")
    return choose("coursesStarted", "personer, der hjælpes i et forløb", false);
  if (subject === "households" || (!subject && reading.tokens.some((t) => /^(famili|husstand)/.test(t.lower))))
    return choose("households", "familier eller husstande");
  if (cues.perception.test(flat) && !count)
    return choose("survey", "oplevet tryghed eller trivsel måles ved en undersøgelse", false);
  const people = subject === "persons" || reading.tokens.some(isPersonWord);
  const headcountOnly = scope.attendanceModes.length > 0 && scope.attendanceModes.every((a) => a === "headcount");
  if (cues.attendance.test(flat) || (people && headcountOnly && da(/\bdeltager\w*/).test(flat)))
    return choose("attendance", "fremmødet ved arrangementer (deltagere tælles ved optælling)");
  if (people) return choose("participants", "forskellige deltagere", count);
  if (clues.eventTypes.length > 0 || cues.events.test(flat))
    return choose("events", "arrangementer eller leverancer", clues.eventTypes.length > 0);
  if (cues.milestone.test(flat) && !count) return choose("milestone", "noget, der skal gøres (ja/nej)", false);
  if (count) return choose("events", "et antal (ingen nærmere angivelse)", false);
  return choose("milestone", "ingen tal og intet at tælle: opfyldt eller ej", false);
}
