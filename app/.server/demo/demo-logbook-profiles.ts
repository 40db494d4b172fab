import type { Activity, CourseType } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import type { Measure, MeasureFilters } from "~/plan-format/measure";
import { periodRange } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";

/**
 * What the demo logbook generator does for one activity, worked out (pure) from the plan: the
 * activity's attendance settings and wording, the logbook vocabulary, and every success criterion
 * that reads the activity — so each criterion's filters (event types, age bands, residents, tags,
 * course types and stages, topics, receiving bodies, assessments, volunteer roles) meet data.
 * Yearly figures (`perYear`) are the criteria's targets per year where they have one.
 */
export interface ActivityProfile {
  key: string;
  activity: Activity;
  focusAreaKey: string;
  parentKey: string | null;
  /** How attendance is logged, inherited from the nearest activity above that says so. */
  mode: "named" | "headcount" | "both" | null;
  breakdowns: string[];
  /** A criterion counts named persons here although the plan logs headcounts: name them too. */
  forceNamed: boolean;
  /** Families come together (parents with their children); households are counted. */
  family: boolean;
  /** Ages of the people the activity is for; `band` is where most of them are (a criterion's age band). */
  ages: { min: number; max: number; band?: { min: number; max: number } };
  /** Share of participants living in the plan's departments. */
  residentShare: number;
  /** Target-group tags a criterion filters on: most participants here carry one of them. */
  tags: string[];
  /** Distinct persons a year (events, contacts or courses), where a criterion asks. */
  personsPerYear?: number;
  eventTypes: Map<string, EventNeed>;
  contacts: ContactNeed | null;
  referrals: ReferralNeed | null;
  assessments: Map<string, number | undefined>;
  volunteers: Map<string, VolunteerNeed>;
  courseTypes: CourseTypeProfile[];
}

export interface EventNeed {
  perYear?: number;
  /** Average attendance the plan aims at. */
  averageHeadcount?: number;
  named?: boolean;
}

export interface ContactNeed {
  perYear?: number;
  unit: "records" | "persons" | "households";
  topics: string[];
}

export interface ReferralNeed {
  perYear?: number;
  unit: "records" | "persons" | "households";
  bodies: string[];
}

export interface VolunteerNeed {
  perYear?: number;
  /** New volunteers a year (criteria with newOnly). */
  newPerYear?: number;
  tags: string[];
  residentsOnly: boolean;
}

export interface CourseTypeProfile {
  courseType: CourseType;
  activityKey: string;
  startsPerYear?: number;
  /** Chance of going on from stage i-1 to stage i (index 0 unused). */
  stageRatios: number[];
  /** Share of started courses reaching one of `rateOutcomes` (outcomeRate criteria). */
  positiveRate?: number;
  wanted: Set<string>;
  /** Funnel targets by stage index (yearly), while profiles are built. */
  funnel?: Map<number, number>;
}

/** A whole plan's generation profiles, in plan order (parents before their sub-activities). */
export interface PlanProfiles {
  activities: ActivityProfile[];
  byKey: Map<string, ActivityProfile>;
  courseTypes: CourseTypeProfile[];
  /** Plan years (started ones count), for turning targets into yearly figures. */
  years: number;
}

// ---------------------------------------------------------------- words

/** Lower case with æ, ø, å folded (ae, oe, aa) and accents removed, for matching words. */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

const stopwords = new Set([
  "aktivitet",
  "aktiviteter",
  "arrangement",
  "arrangementer",
  "beboer",
  "beboere",
  "beboerne",
  "boligomraadet",
  "indsats",
  "indsatsen",
  "eller",
  "samt",
  "med",
  "til",
  "for",
  "over",
  "under",
  "deres",
  "hvor",
  "blandt",
  "andre",
  "mindre",
  "lokale",
  "lokalt",
]);

function tokens(text: string): string[] {
  return fold(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length >= 4 && !stopwords.has(t));
}

const stem = (t: string) => t.slice(0, 6);

/** Words of an activity (stems, and whole words as `=word`), its own name counting double. */
function activityWords(a: Activity): Map<string, number> {
  const words = new Map<string, number>();
  const add = (text: string | undefined, weight: number) => {
    for (const t of tokens(text ?? ""))
      for (const w of [stem(t), `=${t}`]) words.set(w, Math.max(words.get(w) ?? 0, weight));
  };
  add(a.schedule, 1);
  add(a.targetGroup, 1);
  add(a.deliverables.join(" "), 1);
  add(a.key.replace(/-/g, " "), 2);
  add(a.title, 2);
  return words;
}

/** How well a vocabulary word (key and name) fits an activity: shared stems, and whole words once more. */
function fitScore(words: Map<string, number>, key: string, name: string): number {
  let score = 0;
  const all = [...tokens(key.replace(/-/g, " ")), ...tokens(name)];
  for (const t of new Set(all.map(stem))) score += words.get(t) ?? 0;
  for (const t of new Set(all)) if (t.length >= 6) score += words.get(`=${t}`) ?? 0;
  return score;
}

const counselling = /raadgiv|vejledning|opsoeg|henvend|servicebesoeg|brobyg|familieraad|fremskudt/;

// ---------------------------------------------------------------- frequency of event types

export type Frequency = "output" | "meeting" | "weekly" | "monthly" | "yearly" | "occasional";

/** How often an event type happens, read from its key and name. */
export function frequencyOf(type: string, name = ""): Frequency {
  const t = fold(`${type} ${name}`);
  if (/blad|nyhedsbrev|historie|udgivelse|informationsmateriale|pressemeddelelse|hjemmeside/.test(t)) return "output";
  if (/koordinering|samarbejdspartner|planlaegningsmoede|styregruppe|netvaerksmoede/.test(t)) return "meeting";
  if (/ugentlig|lektiecafe|madklub|cafe|faellesspisning|ungeaktivitet|gadeplan|street/.test(t)) return "weekly";
  if (/fastelavn|jul|sommerfest|aabent.hus|festival|lejr|hoejskole|rengoeringsdag|lysfest|eidfest/.test(t))
    return "yearly";
  if (/moede|temaaften|oplaeg|undervisning|gaard|arbejdsdag|homeparty|tur|intro|vandring|beplantning|vaerksted/.test(t))
    return "monthly";
  return "occasional";
}

// ---------------------------------------------------------------- targets as yearly figures

/** A criterion's numeric target as a yearly figure (the largest one), or undefined. */
export function yearlyTarget(c: Criterion, plan: PlanFile, years: number): number | undefined {
  let best: number | undefined;
  for (const t of c.targets) {
    if (t.value === undefined) continue;
    let perYear = t.value;
    if (t.period === "plan") perYear = t.value / years;
    else if (/H\d$/.test(t.period)) perYear = t.value * 2;
    else if (/Q\d$/.test(t.period)) perYear = t.value * 4;
    else {
      const r = periodRange(t.period, plan.period);
      const days = (Date.parse(r.end) - Date.parse(r.start)) / 86_400_000 + 1;
      if (days > 400) perYear = (t.value * 365) / days;
    }
    best = best === undefined ? perYear : Math.max(best, perYear);
  }
  return best;
}

/** A criterion's largest numeric target as it stands (averages and rates are not yearly sums). */
export function levelTarget(c: Criterion): number | undefined {
  const values = c.targets.flatMap((t) => (t.value === undefined ? [] : [t.value]));
  return values.length > 0 ? Math.max(...values) : undefined;
}

const maxOf = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

// ---------------------------------------------------------------- ages from words

function agesFromText(a: Activity): { min: number; max: number; family: boolean } {
  // Ages stated in the title or target group ("13-14 år") win; otherwise the activity's own name decides.
  const name = fold(`${a.key} ${a.title}`);
  const stated = /(\d{1,2})\s*[-–]\s*(\d{1,2})\s*aar/.exec(fold(`${a.title} ${a.targetGroup ?? ""}`));
  const family = /famil|foraeld/.test(name);
  if (stated) return { min: Number(stated[1]), max: Number(stated[2]), family };
  if (/voksne/.test(name)) return { min: 18, max: 70, family };
  if (/lommepenge/.test(name)) return { min: 13, max: 15, family };
  if (/fritidsjob|ung.i.job/.test(name)) return { min: 14, max: 18, family };
  if (/lektie|boern|skole/.test(name)) return { min: 6, max: 16, family };
  if (/unge|ungdom|street|gadeplan|ungeengagement/.test(name)) return { min: 12, max: 22, family };
  if (/(^|[^a-z])(senior|aeldre|pensionist)/.test(name)) return { min: 60, max: 85, family };
  if (family) return { min: 24, max: 52, family };
  const group = fold(a.targetGroup ?? "");
  if (/boern|unge/.test(group) && !/voksne|foraeld/.test(group)) return { min: 8, max: 20, family };
  return { min: 20, max: 75, family };
}

// ---------------------------------------------------------------- building the profiles

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

/** Works out, for every activity of the plan, what the demo logbook should hold. */
export function planProfiles(plan: PlanFile): PlanProfiles {
  const index = indexPlan(plan);
  const start = Date.parse(plan.period.start);
  const years = Math.max(1, Math.ceil((Date.parse(plan.period.end) - start + 86_400_000) / (365.25 * 86_400_000)));
  const vocab = plan.logbook;
  const words = new Map<string, Map<string, number>>();
  const activities: ActivityProfile[] = [];
  const byKey = new Map<string, ActivityProfile>();
  const courseTypes: CourseTypeProfile[] = [];
  for (const { activity, focusArea, parent } of index.activities) {
    const parentProfile = parent ? byKey.get(parent.key) : undefined;
    const ages = agesFromText(activity);
    const own = activity.attendance;
    const profile: ActivityProfile = {
      key: activity.key,
      activity,
      focusAreaKey: focusArea.key,
      parentKey: parent?.key ?? null,
      mode: own?.mode ?? parentProfile?.mode ?? null,
      breakdowns: own?.breakdowns ?? parentProfile?.breakdowns ?? [],
      forceNamed: false,
      family: ages.family || (parentProfile?.family ?? false),
      ages: { min: ages.min, max: ages.max },
      residentShare: 0.88,
      tags: [],
      eventTypes: new Map(),
      contacts: null,
      referrals: null,
      assessments: new Map(),
      volunteers: new Map(),
      courseTypes: [],
    };
    // A sub-activity without words of its own for ages takes its parent's.
    if (parentProfile && ages.min === 20 && ages.max === 75 && !ages.family) profile.ages = { ...parentProfile.ages };
    for (const courseType of activity.courseTypes) {
      const ct: CourseTypeProfile = {
        courseType,
        activityKey: activity.key,
        stageRatios: courseType.stages.map((_, i) => (i === 0 ? 1 : courseType.category === "jobPathway" ? 0.75 : 0.8)),
        wanted: new Set(),
      };
      profile.courseTypes.push(ct);
      courseTypes.push(ct);
    }
    words.set(activity.key, activityWords(activity));
    activities.push(profile);
    byKey.set(activity.key, profile);
  }
  const wordsOf = (p: ActivityProfile) => words.get(p.key) as Map<string, number>;
  const subtree = (key: string): ActivityProfile[] => {
    const out: ActivityProfile[] = [];
    const walk = (k: string) => {
      const p = byKey.get(k);
      if (!p) return;
      out.push(p);
      for (const child of activities.filter((a) => a.parentKey === k)) walk(child.key);
    };
    walk(key);
    return out;
  };
  const best = (scope: ActivityProfile[], score: (p: ActivityProfile) => number): ActivityProfile => {
    let chosen = scope[0];
    let top = Number.NEGATIVE_INFINITY;
    for (const p of scope) {
      const s = score(p);
      if (s > top) {
        top = s;
        chosen = p;
      }
    }
    return chosen;
  };
  const typeName = (key: string) => vocab?.eventTypes.find((t) => t.key === key)?.name ?? "";
  const namedScore = (p: ActivityProfile) => (p.mode === "named" || p.mode === "both" ? 3 : p.mode ? 1 : 0);
  const counsellingScore = (p: ActivityProfile) =>
    (counselling.test(fold(`${p.key} ${p.activity.title}`)) ? 4 : 0) + (p.contacts ? 2 : 0);
  const personsScore = (p: ActivityProfile) =>
    namedScore(p) + (p.courseTypes.length > 0 ? 2 : 0) + (p.contacts ? 2 : 0) + (p.eventTypes.size > 0 ? 1 : 0);
  const addEventType = (p: ActivityProfile, type: string, need: EventNeed = {}) => {
    const had = p.eventTypes.get(type) ?? {};
    p.eventTypes.set(type, {
      perYear: maxOf(had.perYear, need.perYear),
      averageHeadcount: maxOf(had.averageHeadcount, need.averageHeadcount),
      named: had.named || need.named,
    });
  };
  const contactsOf = (p: ActivityProfile): ContactNeed => {
    p.contacts ??= { unit: "persons", topics: [] };
    return p.contacts;
  };
  const referralsOf = (p: ActivityProfile): ReferralNeed => {
    p.referrals ??= { unit: "records", bodies: [] };
    contactsOf(p);
    return p.referrals;
  };
  const applyPersonFilters = (p: ActivityProfile, f: MeasureFilters) => {
    if (f.ageBand) {
      const min = f.ageBand.min ?? Math.max(0, p.ages.min);
      const max = f.ageBand.max ?? Math.max(min + 30, p.ages.max);
      p.ages = { min: Math.max(0, min - 2), max: max + 2, band: { min, max } };
    }
    if (f.residentsOnly) p.residentShare = Math.min(p.residentShare, 0.82);
    for (const tag of f.targetGroupTags ?? []) if (!p.tags.includes(tag)) p.tags.push(tag);
  };

  // 1. Every criterion that reads the logbook gets its data where it looks.
  for (const { criterion, activity, focusArea } of index.criteria) {
    const m = criterion.measure;
    const f: MeasureFilters = ("filters" in m && m.filters) || {};
    const activityKey = f.activity ?? activity?.key;
    let scope = activityKey
      ? f.includeSubActivities === false
        ? activities.filter((a) => a.key === activityKey)
        : subtree(activityKey)
      : activities;
    const areaKey = f.focusArea ?? (activityKey === undefined ? focusArea?.key : undefined);
    if (areaKey) scope = scope.filter((a) => a.focusAreaKey === areaKey);
    if (scope.length === 0) continue;
    const perYear = yearlyTarget(criterion, plan, years);
    const courseKinds = new Set([
      "coursesStarted",
      "funnelStage",
      "outcomes",
      "outcomeRate",
      "followUp",
      "actionPlans",
    ]);
    if (courseKinds.has(m.kind)) {
      planCourses(
        m,
        m.kind === "outcomeRate" ? levelTarget(criterion) : perYear,
        scope,
        courseTypes,
        byKey,
        applyPersonFilters,
        f,
      );
      continue;
    }
    switch (m.kind) {
      case "participants":
      case "households": {
        const source = m.source ?? "all";
        const withAttendance = scope.some((p) => p.mode !== null || p.eventTypes.size > 0);
        if (source === "events" || (source === "all" && withAttendance)) {
          const types = f.eventTypes ?? [];
          const hosts =
            types.length > 0
              ? types.map((t) => {
                  const host = best(scope, (p) => fitScore(wordsOf(p), t, typeName(t)) * 2 + namedScore(p));
                  addEventType(host, t, { named: true });
                  return host;
                })
              : [best(scope, namedScore)];
          for (const host of new Set(hosts)) {
            if (host.mode !== "named" && host.mode !== "both") host.forceNamed = true;
            if (m.kind === "households") host.family = true;
            host.personsPerYear = maxOf(host.personsPerYear, perYear);
            applyPersonFilters(host, f);
          }
        }
        if (source === "contacts" || (source === "all" && !withAttendance)) {
          const host = best(scope, counsellingScore);
          const c = contactsOf(host);
          c.unit = m.kind === "households" ? "households" : "persons";
          c.perYear = maxOf(c.perYear, perYear);
          applyPersonFilters(host, f);
        }
        if (source === "courses") {
          const host = best(scope, (p) => p.courseTypes.length);
          host.personsPerYear = maxOf(host.personsPerYear, perYear);
          applyPersonFilters(host, f);
          for (const ct of host.courseTypes) ct.startsPerYear = maxOf(ct.startsPerYear, (perYear ?? 0) * 0.8);
        }
        break;
      }
      case "attendance":
      case "averageAttendance":
      case "events": {
        const types = f.eventTypes && f.eventTypes.length > 0 ? f.eventTypes : [];
        const need: EventNeed =
          m.kind === "averageAttendance"
            ? { averageHeadcount: levelTarget(criterion) }
            : m.kind === "events" && perYear !== undefined
              ? { perYear: Math.max(1, perYear / Math.max(1, types.length)) }
              : {};
        if (types.length === 0) {
          const host = best(scope, (p) => (p.mode ? 2 : 0) + p.eventTypes.size);
          host.eventTypes.size === 0
            ? addEventType(host, defaultEventType(plan, wordsOf(host)), need)
            : addEventType(host, [...host.eventTypes.keys()][0], need);
        } else
          for (const t of types)
            addEventType(
              best(scope, (p) => fitScore(wordsOf(p), t, typeName(t)) * 2 + (p.mode ? 1 : 0)),
              t,
              need,
            );
        break;
      }
      case "contacts": {
        const host = best(scope, counsellingScore);
        const c = contactsOf(host);
        c.unit = m.count ?? "records";
        c.perYear = maxOf(c.perYear, perYear);
        for (const t of m.topics ?? []) if (!c.topics.includes(t)) c.topics.push(t);
        applyPersonFilters(host, f);
        break;
      }
      case "referrals": {
        const host = best(
          scope,
          (p) => counsellingScore(p) + (/brobyg|henvis/.test(fold(`${p.key} ${p.activity.title}`)) ? 3 : 0),
        );
        const r = referralsOf(host);
        r.unit = m.count ?? "records";
        r.perYear = maxOf(r.perYear, perYear);
        for (const b of m.receivingBodies ?? []) if (!r.bodies.includes(b)) r.bodies.push(b);
        applyPersonFilters(host, f);
        break;
      }
      case "assessments": {
        const host = best(scope, personsScore);
        host.assessments.set(m.assessment, maxOf(host.assessments.get(m.assessment), perYear));
        applyPersonFilters(host, f);
        break;
      }
      case "volunteers": {
        const roles = m.roles && m.roles.length > 0 ? m.roles : [""];
        for (const role of roles) {
          const name = vocab?.volunteerRoles.find((r) => r.key === role)?.name ?? "";
          const host = best(
            scope,
            (p) => (role ? fitScore(wordsOf(p), role, name) * 2 : 0) + (p.eventTypes.size > 0 || p.mode ? 1 : 0),
          );
          const had = host.volunteers.get(role);
          host.volunteers.set(role, {
            perYear: f.newOnly ? maxOf(had?.perYear, (perYear ?? 0) * 1.6) : maxOf(had?.perYear, perYear),
            newPerYear: f.newOnly ? maxOf(had?.newPerYear, perYear) : had?.newPerYear,
            tags: [...new Set([...(had?.tags ?? []), ...(f.targetGroupTags ?? [])])],
            residentsOnly: (had?.residentsOnly ?? false) || f.residentsOnly === true,
          });
        }
        break;
      }
      default:
        break;
    }
  }

  // Target-group tags named after an activity (a "user of the square") go with its participants.
  for (const t of vocab?.targetGroupTags ?? [])
    for (const p of activities)
      if (fitScore(wordsOf(p), t.key, t.name) >= 8 && !p.tags.includes(t.key)) p.tags.push(t.key);

  // 2. Counselling activities give counselling contacts (and referrals when the plan names bodies).
  for (const p of activities)
    if (counselling.test(fold(`${p.key} ${p.activity.title}`)) && (vocab?.contactTopics.length ?? 0) > 0) {
      contactsOf(p);
      if ((vocab?.receivingBodies.length ?? 0) > 0) referralsOf(p);
    }

  // 3. Every word of the vocabulary is used somewhere it fits.
  const all = activities;
  // Event types: the best-fitting ones are placed first; an activity runs one weekly series of a
  // kind (with the activities above and below it), and an activity with its own attendance
  // settings but no event type anywhere below gets the type that fits it best.
  const lineage = (p: ActivityProfile) => {
    const up: ActivityProfile[] = [];
    for (
      let a = p.parentKey ? byKey.get(p.parentKey) : undefined;
      a;
      a = a.parentKey ? byKey.get(a.parentKey) : undefined
    )
      up.push(a);
    return [...up, p, ...descendants(p, all)];
  };
  const hasWeekly = (p: ActivityProfile) =>
    [...p.eventTypes.keys()].some((k) => frequencyOf(k, typeName(k)) === "weekly");
  const typeScore = (p: ActivityProfile, key: string, name: string) => {
    if (frequencyOf(key, name) === "weekly" && (hasWeekly(p) || lineage(p).some((a) => a.eventTypes.has(key))))
      return Number.NEGATIVE_INFINITY;
    const main = key.split("-")[0];
    return fitScore(wordsOf(p), key, name) * 2 + (main.length >= 5 && p.key.includes(main) ? 6 : 0) + (p.mode ? 1 : 0);
  };
  const open = (vocab?.eventTypes ?? []).filter((t) => !all.some((p) => p.eventTypes.has(t.key)));
  while (open.length > 0) {
    let pick = -1;
    let host: ActivityProfile | undefined;
    let top = 0;
    open.forEach((t, i) => {
      const h = best(all, (p) => typeScore(p, t.key, t.name));
      const score = typeScore(h, t.key, t.name) - (h.mode ? 1 : 0);
      if (score > top) {
        top = score;
        pick = i;
        host = h;
      }
    });
    if (pick < 0 || !host) break;
    addEventType(host, open[pick].key);
    open.splice(pick, 1);
  }
  for (const p of all)
    if (p.activity.attendance && lineage(p).every((a) => a.eventTypes.size === 0))
      addEventType(p, defaultEventType(plan, wordsOf(p)));
  for (const t of vocab?.contactTopics ?? []) {
    const hosts = all.filter((p) => p.contacts);
    if (hosts.some((p) => p.contacts?.topics.includes(t.key))) continue;
    const pool = hosts.length > 0 ? hosts : all;
    const host = best(
      pool,
      (p) => fitScore(wordsOf(p), t.key, t.name) * 2 + counsellingScore(p) + p.courseTypes.length,
    );
    contactsOf(host).topics.push(t.key);
  }
  for (const b of vocab?.receivingBodies ?? []) {
    if (all.some((p) => p.referrals?.bodies.includes(b.key))) continue;
    const hosts = all.filter((p) => p.contacts || p.referrals);
    const pool = hosts.length > 0 ? hosts : all;
    const host = best(pool, (p) => fitScore(wordsOf(p), b.key, b.name) * 2 + counsellingScore(p));
    referralsOf(host).bodies.push(b.key);
  }
  for (const a of vocab?.assessmentTypes ?? []) {
    if (all.some((p) => p.assessments.has(a.key))) continue;
    const host = best(all, (p) => fitScore(wordsOf(p), a.key, a.name) * 2 + personsScore(p));
    host.assessments.set(a.key, undefined);
  }
  for (const r of vocab?.volunteerRoles ?? []) {
    if (all.some((p) => p.volunteers.has(r.key))) continue;
    const host = best(
      all,
      (p) =>
        fitScore(wordsOf(p), r.key, r.name) * 2 +
        (p.mode || p.eventTypes.size > 0 ? 1 : 0) +
        (/mentor/.test(r.key) && p.courseTypes.some((c) => c.courseType.category === "mentoring") ? 5 : 0) +
        p.eventTypes.size * 0.1,
    );
    host.volunteers.set(r.key, { tags: [], residentsOnly: false });
  }

  // 4. Course types without a figure to aim at start a usual number of courses.
  for (const ct of courseTypes) ct.startsPerYear ??= defaultStarts[ct.courseType.category ?? "other"] ?? 12;
  return { activities, byKey, courseTypes, years };
}

function descendants(p: ActivityProfile, all: ActivityProfile[]): ActivityProfile[] {
  const children = all.filter((a) => a.parentKey === p.key);
  return children.flatMap((c) => [c, ...descendants(c, all)]);
}

/** The event type that fits an activity best, or the first one ("arrangement" without a vocabulary). */
function defaultEventType(plan: PlanFile, words: Map<string, number>): string {
  const types = plan.logbook?.eventTypes ?? [];
  if (types.length === 0) return "arrangement";
  let chosen = types[0].key;
  let top = 0;
  for (const t of types) {
    const s = fitScore(words, t.key, t.name);
    if (s > top) {
      top = s;
      chosen = t.key;
    }
  }
  return chosen;
}

/** Turns a course criterion into starts, stage ratios and outcome rates for the course types it reads. */
function planCourses(
  m: Measure,
  perYear: number | undefined,
  scope: ActivityProfile[],
  all: CourseTypeProfile[],
  byKey: Map<string, ActivityProfile>,
  applyPersonFilters: (p: ActivityProfile, f: MeasureFilters) => void,
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
