import type { CourseType } from "~/plan-format/activity";
import type { Criterion } from "~/plan-format/criterion";
import { periodRange } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import { demoListFigures } from "./demo-list-figures";
import {
  type ActivityProfile,
  type CourseTypeProfile,
  type EventNeed,
  fold,
  frequencyOf,
  outcomeKind,
  type PlanProfiles,
  planProfiles,
} from "./demo-logbook-profiles";
import { addMonthsDay, dayOf, IdMaker, isHoliday, isoOf, Random, weekdayOf } from "./demo-random";

/**
 * A deterministic demo logbook for a plan: plain rows, ready to insert (see insert-demo-logbook.ts).
 * Rows point at activities by key; everything else by the (deterministic) UUIDs made here.
 * Persons are pseudonymous (codes, birth years, tags): no names, no encrypted fields.
 */
export interface DemoLogbook {
  slug: string;
  households: { id: string; code: string; departmentNumber: string | null }[];
  participants: DemoParticipant[];
  rosterEntries: { id: string; activityKey: string; participantId: string; removedOn: string | null }[];
  eventSeries: {
    id: string;
    activityKey: string;
    type: string;
    title: string | null;
    weekdays: number[];
    startTime: string | null;
    endTime: string | null;
    place: string | null;
    fromDate: string;
    toDate: string;
  }[];
  events: {
    id: string;
    activityKey: string;
    seriesId: string | null;
    type: string;
    title: string | null;
    date: string;
    startTime: string | null;
    endTime: string | null;
    place: string | null;
    headcount: number | null;
    breakdown: Record<string, number>;
  }[];
  attendance: { id: string; eventId: string; participantId: string }[];
  courses: {
    id: string;
    activityKey: string;
    courseType: string;
    participantId: string;
    mentorParticipantId: string | null;
    startDate: string;
    endDate: string | null;
    outcome: string | null;
    outcomeDate: string | null;
  }[];
  courseStages: { id: string; courseId: string; stage: string; date: string }[];
  courseFollowUps: { id: string; courseId: string; offsetMonths: number; date: string; status: string }[];
  contacts: {
    id: string;
    activityKey: string;
    participantId: string | null;
    householdId: string | null;
    date: string;
    topic: string | null;
  }[];
  referrals: {
    id: string;
    activityKey: string;
    contactId: string | null;
    participantId: string | null;
    householdId: string | null;
    date: string;
    receivingBody: string;
    result: string | null;
  }[];
  assessments: { id: string; activityKey: string; participantId: string; assessment: string; date: string }[];
  volunteerHours: {
    id: string;
    activityKey: string;
    participantId: string;
    date: string;
    hours: number;
    role: string | null;
  }[];
  criterionValues: { id: string; criterionKey: string; period: string; value: number; source: string }[];
  /** Figures of the plan's named series (entered once, read by every criterion on the series). */
  seriesValues: { id: string; seriesKey: string; period: string; value: number; source: string }[];
  milestoneUpdates: {
    id: string;
    milestoneKey: string;
    status: "done" | "postponed" | "dropped";
    doneDate: string | null;
    newDue: string | null;
    reason: string | null;
  }[];
  budgetActuals: { id: string; label: string; activityKey: string | null; year: number; amount: number }[];
  staffHours: { id: string; activityKey: string; week: string; hours: number }[];
}

export interface DemoParticipant {
  id: string;
  code: string;
  birthYear: number;
  gender: "female" | "male" | "other" | "unknown";
  departmentNumber: string | null;
  householdId: string | null;
  targetGroupTags: string[];
  resident: boolean;
  volunteer: boolean;
}

export interface DemoLogbookOptions {
  /** The same seed (and plan, scale, today) gives the same rows. */
  seed: number;
  /** Multiplies the volume (persons, groups, courses, contacts …); 1 is a modest, realistic logbook. */
  scale: number;
  /** ISO date: the logbook runs from the plan's start to this day (or the plan's end, if earlier). */
  today: string;
}

/** The number of rows of each kind, e.g. for a report. */
export function demoLogbookCounts(logbook: DemoLogbook): Record<string, number> {
  return Object.fromEntries(
    Object.entries(logbook)
      .filter(([, v]) => Array.isArray(v))
      .map(([k, v]) => [k, (v as unknown[]).length]),
  );
}

/**
 * Generates a demo logbook for a plan (pure: no I/O, no clock, no Math.random).
 * @example const rows = generateDemoLogbook(plan, { seed: 1, scale: 1, today: "2026-11-23" });
 */
export function generateDemoLogbook(plan: PlanFile, options: DemoLogbookOptions): DemoLogbook {
  return new Generator(plan, options).run();
}

// ---------------------------------------------------------------- the generator

interface Person extends DemoParticipant {
  household: Household | null;
}
interface Household {
  id: string;
  code: string;
  departmentNumber: string | null;
  members: Person[];
}
interface PlanYear {
  index: number;
  from: number;
  to: number;
  /** Share of a whole year the (possibly cut) year covers. */
  fraction: number;
}

const hoursChoices = [1, 1.5, 2, 2, 2.5, 3, 3, 4, 5];
const referralResults = ["Hjulpet videre", "Hjulpet videre", "Forløb i gang", "Afventer svar", null];

class Generator {
  private readonly rng: Random;
  private readonly ids: IdMaker;
  private readonly out: DemoLogbook;
  private readonly profiles: PlanProfiles;
  private readonly start: number;
  private readonly end: number;
  private readonly today: number;
  private readonly horizon: number;
  private readonly finished: boolean;
  private readonly years: PlanYear[];
  private readonly people: Person[] = [];
  private readonly byBirthYear = new Map<string, Person[]>();
  private readonly families: Household[] = [];
  private readonly departments: { number: string; weight: number }[];
  private readonly clienteles = new Map<string, Person[][]>();
  private readonly seen = new Map<string, Set<Person>[]>();
  private readonly loyalty = new Map<Person, number>();
  private readonly wiggle = new Map<string, number>();
  private readonly mentorRole: string | null;
  /** Residents of the area (times the scale): as more of them are known, known ones come back more often. */
  private readonly areaResidents: number;
  private residentsMade = 0;

  constructor(
    private readonly plan: PlanFile,
    private readonly options: DemoLogbookOptions,
  ) {
    this.rng = new Random(options.seed, `demo:${plan.slug}`);
    this.ids = new IdMaker(options.seed, plan.slug);
    this.out = {
      slug: plan.slug,
      households: [],
      participants: [],
      rosterEntries: [],
      eventSeries: [],
      events: [],
      attendance: [],
      courses: [],
      courseStages: [],
      courseFollowUps: [],
      contacts: [],
      referrals: [],
      assessments: [],
      volunteerHours: [],
      criterionValues: [],
      seriesValues: [],
      milestoneUpdates: [],
      budgetActuals: [],
      staffHours: [],
    };
    this.profiles = planProfiles(plan);
    this.start = dayOf(plan.period.start);
    const planEnd = dayOf(plan.period.end);
    this.today = dayOf(options.today);
    this.end = Math.min(planEnd, this.today);
    this.finished = this.today >= planEnd;
    this.horizon = Math.min(planEnd, this.today + 14);
    this.years = [];
    for (let i = 0; ; i++) {
      const from = dayOf(addYearsIso(plan.period.start, i));
      if (from > this.end) break;
      const to = Math.min(dayOf(addYearsIso(plan.period.start, i + 1)) - 1, this.end);
      this.years.push({ index: i, from, to, fraction: Math.min(1, (to - from + 1) / 365) });
    }
    this.departments = plan.areas.flatMap((a) =>
      a.departments.map((d) => ({ number: d.number, weight: d.residents ?? d.tenancies ?? 100 })),
    );
    const residents = plan.areas.flatMap((a) => a.departments).reduce((sum, d) => sum + (d.residents ?? 0), 0);
    this.areaResidents = Math.max(300, residents > 0 ? residents : 2500) * Math.max(0.05, options.scale);
    this.mentorRole = plan.logbook?.volunteerRoles.find((r) => /mentor/.test(r.key))?.key ?? null;
  }

  run(): DemoLogbook {
    if (this.years.length > 0) {
      for (const p of this.profiles.activities) this.eventsOf(p);
      for (const p of this.profiles.activities) this.coursesOf(p);
      for (const p of this.profiles.activities) this.contactsOf(p);
      for (const p of this.profiles.activities) this.assessmentsOf(p);
      for (const p of this.profiles.activities) this.volunteersOf(p);
      this.staffHours();
      this.budgetActuals();
    }
    this.enteredValues();
    this.milestoneUpdates();
    this.keepRegistered();
    return this.out;
  }

  /**
   * Only people the logbook names become participants (family members never met stay unknown),
   * and only their households; codes are given in the order people were met.
   */
  private keepRegistered() {
    const o = this.out;
    const named = new Set<string>();
    const add = (id: string | null) => {
      if (id !== null) named.add(id);
    };
    for (const r of o.rosterEntries) add(r.participantId);
    for (const r of o.attendance) add(r.participantId);
    for (const r of o.courses) {
      add(r.participantId);
      add(r.mentorParticipantId);
    }
    for (const r of o.contacts) add(r.participantId);
    for (const r of o.referrals) add(r.participantId);
    for (const r of o.assessments) add(r.participantId);
    for (const r of o.volunteerHours) add(r.participantId);
    const people = this.people.filter((p) => named.has(p.id));
    const households = new Set(people.flatMap((p) => (p.householdId ? [p.householdId] : [])));
    for (const r of o.contacts) if (r.householdId) households.add(r.householdId);
    o.households = o.households
      .filter((h) => households.has(h.id))
      .map((h, i) => ({ ...h, code: `H-${String(i + 1).padStart(4, "0")}` }));
    o.participants = people.map(({ household: _h, ...p }, i) => ({
      ...p,
      code: `D-${String(i + 1).padStart(4, "0")}`,
    }));
  }

  // ------------------------------------------------------------ persons

  private scale(): number {
    return Math.max(0, this.options.scale);
  }

  private growth(year: number): number {
    return Math.min(1.2, 0.85 + 0.1 * year);
  }

  private wiggleOf(key: string, min = 0.9, max = 1.3): number {
    let w = this.wiggle.get(key);
    if (w === undefined) {
      // From its own stream, so an activity's size does not depend on what was drawn before it.
      w = new Random(this.options.seed, `${this.plan.slug}:wiggle:${key}`).between(min, max);
      this.wiggle.set(key, w);
    }
    return w;
  }

  private department(): string | null {
    if (this.departments.length === 0) return null;
    return this.rng.weighted(
      this.departments.map((d) => d.number),
      this.departments.map((d) => d.weight),
    );
  }

  private gender(): Person["gender"] {
    const r = this.rng.next();
    return r < 0.52 ? "female" : r < 0.98 ? "male" : r < 0.985 ? "other" : "unknown";
  }

  private newHousehold(): Household {
    const h: Household = {
      id: this.ids.next(),
      code: `H-${String(this.out.households.length + 1).padStart(4, "0")}`,
      departmentNumber: this.department(),
      members: [],
    };
    this.out.households.push({ id: h.id, code: h.code, departmentNumber: h.departmentNumber });
    return h;
  }

  private newPerson(birthYear: number, household: Household | null): Person {
    const p: Person = {
      id: this.ids.next(),
      code: `D-${String(this.people.length + 1).padStart(4, "0")}`,
      birthYear,
      gender: this.gender(),
      departmentNumber: household?.departmentNumber ?? null,
      householdId: household?.id ?? null,
      targetGroupTags: [],
      resident: household !== null,
      volunteer: false,
      household,
    };
    this.people.push(p);
    household?.members.push(p);
    if (household) this.residentsMade++;
    const bucket = `${p.resident ? "r" : "n"}${birthYear}`;
    (this.byBirthYear.get(bucket) ?? this.byBirthYear.set(bucket, []).get(bucket))?.push(p);
    return p;
  }

  /** The plan's target-group tags with who they fit (read once from their words). */
  private tagRules?: { key: string; kind: string }[];

  /** Gives new household members the plan's target-group tags that fit their age and family. */
  private tagHousehold(h: Household, year: number) {
    this.tagRules ??= (this.plan.logbook?.targetGroupTags ?? []).map((t) => {
      const w = fold(`${t.key} ${t.name}`);
      const kind = /foraeld/.test(w)
        ? "parent"
        : /barn|boern|under 18/.test(w)
          ? "child"
          : /ung|ssp|kriminalitetstruet/.test(w)
            ? "young"
            : /famil/.test(w)
              ? "family"
              : /ejendomsfunktionaer|medarbejder/.test(w)
                ? "staff"
                : /30/.test(w)
                  ? "over30"
                  : "adult";
      return { key: t.key, kind };
    });
    const hasKids = h.members.some((m) => year - m.birthYear < 18);
    for (const p of h.members) {
      if (p.targetGroupTags.length > 0) continue;
      const age = year - p.birthYear;
      for (const t of this.tagRules) {
        const chance = {
          parent: age >= 18 && hasKids ? 0.85 : 0,
          child: age < 18 ? 0.9 : 0,
          young: age >= 12 && age <= 22 ? 0.12 : 0,
          family: age >= 18 && hasKids ? 0.25 : 0,
          staff: age >= 20 && age < 65 ? 0.02 : 0,
          over30: age >= 30 ? 0.1 : 0,
          adult: age >= 18 ? 0.07 : 0,
        }[t.kind] as number;
        if (chance > 0 && this.rng.chance(chance)) p.targetGroupTags.push(t.key);
      }
    }
  }

  private standalone(birthYear: number, year: number): Person {
    const p = this.newPerson(birthYear, null);
    const tags = this.plan.logbook?.targetGroupTags ?? [];
    if (tags.length > 0 && year - birthYear >= 18 && this.rng.chance(0.15))
      p.targetGroupTags.push(this.rng.pick(tags).key);
    return p;
  }

  /** A resident of the given age, with the household they live in. */
  private residentAged(age: number, year: number): Person {
    const r = this.rng;
    const h = this.newHousehold();
    const kidAge = () => Math.max(0, Math.min(17, age + r.int(-6, 6)));
    let person: Person;
    if (age < 18 || (age < 25 && r.chance(0.5))) {
      const parentAge = age + r.int(22, 36);
      this.newPerson(year - parentAge, h);
      if (r.chance(0.6)) this.newPerson(year - (parentAge + r.int(-4, 5)), h);
      person = this.newPerson(year - age, h);
      for (let i = r.int(0, 3); i > 0; i--) this.newPerson(year - kidAge(), h);
    } else {
      person = this.newPerson(year - age, h);
      const kind =
        age >= 65 ? (r.chance(0.55) ? "single" : "couple") : r.weighted(["single", "couple", "family"], [35, 25, 40]);
      if (kind !== "single") this.newPerson(year - Math.max(18, age + r.int(-5, 5)), h);
      if (kind === "family" && age >= 21)
        for (let i = r.int(1, 4); i > 0; i--) this.newPerson(year - r.int(0, Math.min(17, age - 20)), h);
    }
    this.tagHousehold(h, year);
    if (h.members.some((m) => year - m.birthYear < 18) && h.members.some((m) => year - m.birthYear >= 22))
      this.families.push(h);
    return person;
  }

  /** Someone the activity is for, drawn from the people already known or new (with a household). */
  private draw(p: ActivityProfile, year: number, exclude: ReadonlySet<Person>): Person {
    const r = this.rng;
    if (p.family) return this.drawParent(p, year, exclude);
    const resident = r.chance(p.residentShare);
    const reuse = Math.min(0.95, 0.5 + (0.6 * this.residentsMade) / this.areaResidents);
    let person: Person | undefined;
    let age = 0;
    for (let attempt = 0; attempt < 4 && !person; attempt++) {
      const band = p.ages.band && r.chance(0.85) ? p.ages.band : p.ages;
      age = r.int(band.min, Math.max(band.min, band.max));
      if (!r.chance(reuse)) break;
      const bucket = this.byBirthYear.get(`${resident ? "r" : "n"}${year - age}`);
      if (!bucket) continue;
      const c = r.pick(bucket);
      if (!exclude.has(c)) person = c;
    }
    person ??= resident ? this.residentAged(age, year) : this.standalone(year - age, year);
    this.enforceTags(person, p.tags);
    return person;
  }

  private drawParent(p: ActivityProfile, year: number, exclude: ReadonlySet<Person>): Person {
    const r = this.rng;
    const ages = p.ages.min >= 18 ? p.ages : { min: 24, max: 52 };
    const adultOf = (h: Household) =>
      h.members.find((m) => year - m.birthYear >= ages.min && year - m.birthYear <= ages.max + 8);
    let person: Person | undefined;
    const reuse = Math.min(0.95, 0.5 + (0.6 * this.residentsMade) / this.areaResidents);
    if (this.families.length > 0 && r.chance(reuse))
      for (let i = 0; i < 4 && !person; i++) {
        const adult = adultOf(r.pick(this.families));
        if (adult && !exclude.has(adult)) person = adult;
      }
    if (!person) {
      const age = r.int(ages.min, Math.max(ages.min, ages.max));
      const h = this.newHousehold();
      person = this.newPerson(year - age, h);
      if (r.chance(0.6)) this.newPerson(year - Math.max(18, age + r.int(-4, 6)), h);
      for (let i = r.int(1, 4); i > 0; i--) this.newPerson(year - r.int(0, Math.min(17, age - 18)), h);
      this.tagHousehold(h, year);
      this.families.push(h);
    }
    this.enforceTags(person, p.tags);
    return person;
  }

  private enforceTags(person: Person, tags: string[]) {
    if (tags.length > 0 && !tags.some((t) => person.targetGroupTags.includes(t)) && this.rng.chance(0.75))
      person.targetGroupTags.push(this.rng.pick(tags));
  }

  private clienteleSize(p: ActivityProfile): number {
    const contactPersons =
      p.contacts?.perYear !== undefined
        ? p.contacts.unit === "records"
          ? p.contacts.perYear / 2.2
          : p.contacts.perYear
        : 0;
    const weeklyNamed = [...p.eventTypes.keys()].some((t) => frequencyOf(t) === "weekly");
    const base = Math.max(p.personsPerYear ?? 0, contactPersons, weeklyNamed ? 30 : 22);
    const residents = p.residentShare < 0.85 ? 1.15 : 1;
    return Math.max(3, Math.round(base * residents * this.wiggleOf(`clientele:${p.key}`) * this.scale()));
  }

  /** The people who use an activity in a plan year: about half stay from the year before. */
  private clientele(p: ActivityProfile, y: PlanYear): Person[] {
    const years = this.clienteles.get(p.key) ?? this.clienteles.set(p.key, []).get(p.key) ?? [];
    if (years[y.index]) return years[y.index];
    const previous = y.index > 0 ? this.clientele(p, this.years[y.index - 1]) : [];
    const size = Math.max(2, Math.round(this.clienteleSize(p) * this.growth(y.index) * Math.max(0.25, y.fraction)));
    const list = this.rng.sample(previous, Math.min(size, Math.round(previous.length * 0.55)));
    const inList = new Set(list);
    const year = Number(isoOf(y.from).slice(0, 4));
    for (let tries = 0; list.length < size && tries < size * 4; tries++) {
      const person = this.draw(p, year, inList);
      if (inList.has(person)) continue;
      inList.add(person);
      list.push(person);
    }
    years[y.index] = list;
    return list;
  }

  private markSeen(key: string, y: PlanYear, person: Person) {
    const years = this.seen.get(key) ?? this.seen.set(key, []).get(key) ?? [];
    if (!years[y.index]) years[y.index] = new Set();
    years[y.index].add(person);
  }

  private yearOf(day: number): PlanYear {
    for (let i = this.years.length - 1; i >= 0; i--) if (day >= this.years[i].from) return this.years[i];
    return this.years[0];
  }

  private dayIn(y: PlanYear, from = y.from, to = y.to): number {
    const a = Math.max(y.from, from);
    const b = Math.min(y.to, to);
    return b < a ? y.to : this.rng.int(a, b);
  }

  /** Attendance is ticked for past sessions (all of them once the plan is over). */
  private ticked(day: number): boolean {
    return this.finished ? day <= this.end : day < this.today;
  }

  // ------------------------------------------------------------ events

  private eventsOf(p: ActivityProfile) {
    const plans = [...p.eventTypes].map(([type, need]) => {
      const name = this.plan.logbook?.eventTypes.find((t) => t.key === type)?.name ?? "";
      const freq = frequencyOf(type, name);
      const quiet = freq === "output" || freq === "meeting";
      const named = !quiet && (p.forceNamed || need.named === true || p.mode === "named" || p.mode === "both");
      // Big yearly events are counted, with a sign-up list; the rest are counted where the plan counts.
      const headcount =
        !(freq === "output") && (!named || freq === "yearly" || (p.forceNamed && p.mode === "headcount"));
      return { type, name, need, freq, named, headcount, perYear: this.eventsPerYear(p, type, need, freq) };
    });
    const namedPerYear = plans.filter((e) => e.named && e.freq !== "weekly").reduce((sum, e) => sum + e.perYear, 0);
    for (const e of plans)
      if (e.freq === "weekly") this.weekly(p, e.type, e.name, e.named, e.headcount);
      else this.occasional(p, e.type, e.name, e.need, e.freq, e.named, e.headcount, e.perYear, namedPerYear);
  }

  private eventsPerYear(p: ActivityProfile, type: string, need: EventNeed, freq: string): number {
    if (need.perYear !== undefined) return need.perYear * this.wiggleOf(`events:${p.key}:${type}`, 0.9, 1.4);
    return { output: 5, meeting: 6, monthly: 9, yearly: 1, occasional: 5 }[freq] ?? 5;
  }

  /** The weekdays of a group's sessions: as many a week as the schedule says (once, if it says nothing). */
  private weekdays(p: ActivityProfile, group: number, offset: number): number[] {
    const text = fold(`${p.activity.schedule ?? ""} ${p.activity.content ?? ""}`);
    const m = /\b(to|tre|fire|2|3|4)\s+(ugentlige|gange (om|pr\.?) ugen)/.exec(text);
    const count = m ? (({ to: 2, tre: 3, fire: 4 } as Record<string, number>)[m[1]] ?? Number(m[1])) : 1;
    const sets: Record<number, number[][]> = {
      1: [[2], [3], [4], [1]],
      2: [
        [1, 3],
        [2, 4],
      ],
      3: [
        [1, 3, 4],
        [1, 2, 4],
      ],
      4: [[1, 2, 3, 4]],
    };
    const options = sets[Math.min(4, count)];
    return options[(group + offset) % options.length];
  }

  private timesOf(p: ActivityProfile, type: string, freq: string): [string | null, string | null] {
    const t = fold(`${type} ${p.key}`);
    if (freq === "output") return [null, null];
    if (/madklub|spisning/.test(t)) return ["17:00", "19:30"];
    if (freq === "weekly") return p.ages.max <= 22 ? ["15:00", "17:00"] : ["10:00", "12:00"];
    if (freq === "yearly") return ["12:00", "16:00"];
    if (/moede|oplaeg|temaaften|undervisning/.test(t)) return ["19:00", "21:00"];
    return ["16:30", "19:00"];
  }

  private placeOf(p: ActivityProfile, type: string): string | null {
    const t = fold(`${type} ${p.key} ${p.activity.title}`);
    if (/blad|nyhedsbrev|historie|udgivelse/.test(t)) return null;
    if (/lektie/.test(t)) return "Lektiecaféen i beboerhuset";
    if (/madklub|spisning|cafe/.test(t)) return "Beboerhusets køkken";
    if (/street|gadeplan|bold|idraet/.test(t)) return "Boldburet";
    if (/vandring|rengoering|beplantning|byforskoen/.test(t)) return "Mødested ved beboerhuset";
    if (/tur|lejr|oplevelse/.test(t)) return "Afgang fra beboerhuset";
    if (/moede|gaard|opgang|homeparty/.test(t)) return "Fælleslokalet";
    return "Beboerhuset";
  }

  private breakdown(p: ActivityProfile, headcount: number, known?: { residentShare: number }): Record<string, number> {
    const r = this.rng;
    const b: Record<string, number> = {};
    for (const kind of p.breakdowns) {
      if (kind === "childrenAdults") {
        b.children = Math.round(headcount * r.between(0.3, 0.6));
        b.adults = headcount - b.children;
      } else if (kind === "residents") {
        b.residents = Math.round(headcount * (known ? known.residentShare : r.between(0.72, 0.95)));
        b.nonResidents = headcount - b.residents;
      } else if (kind === "newReturning") {
        b.new = Math.round(headcount * r.between(0.1, 0.35));
        b.returning = headcount - b.new;
      } else if (kind === "volunteers") b.volunteers = Math.min(headcount, r.int(1, 5));
    }
    return b;
  }

  private event(
    p: ActivityProfile,
    type: string,
    name: string,
    day: number,
    seriesId: string | null,
    times: [string | null, string | null],
    title: string | null,
    attendees: Person[],
    headcount: number | null,
  ) {
    const id = this.ids.next();
    const residents = attendees.filter((a) => a.resident).length;
    const count = headcount === null ? null : Math.max(headcount, attendees.length);
    this.out.events.push({
      id,
      activityKey: p.key,
      seriesId,
      type,
      title: title ?? (name ? name.replace(/\s*\(.*\)\s*$/, "") : null),
      date: isoOf(day),
      startTime: times[0],
      endTime: times[1],
      place: this.placeOf(p, type),
      headcount: count,
      breakdown:
        count === null
          ? {}
          : this.breakdown(
              p,
              count,
              attendees.length > 0 ? { residentShare: residents / attendees.length } : undefined,
            ),
    });
    const y = this.yearOf(day);
    for (const a of attendees) {
      this.out.attendance.push({ id: this.ids.next(), eventId: id, participantId: a.id });
      this.markSeen(p.key, y, a);
    }
  }

  /** People at a family event: each family's adult and some of their children. */
  private withChildren(adults: Person[], day: number): Person[] {
    const year = Number(isoOf(day).slice(0, 4));
    const out: Person[] = [];
    for (const a of adults) {
      out.push(a);
      const kids = a.household?.members.filter((m) => m !== a && year - m.birthYear < 18) ?? [];
      out.push(...this.rng.sample(kids, this.rng.int(1, Math.max(1, kids.length))));
    }
    return out;
  }

  /** Weekly sessions from a series per group, with a roster of regulars and some who drop in. */
  private weekly(p: ActivityProfile, type: string, name: string, named: boolean, withHeadcount: boolean) {
    const r = this.rng;
    // Groups of at most 60 a year: a fourth of them regulars, the rest dropping in now and then.
    const groups = named ? Math.max(1, Math.ceil(this.clienteleSize(p) / 60)) : 1;
    const times = this.timesOf(p, type, "weekly");
    const regularsEver = new Map<Person, number>();
    const firstDay = this.start + r.int(7, 35);
    const offset = r.int(0, 3);
    if (firstDay > this.horizon) return;
    for (let g = 0; g < groups; g++) {
      const weekdays = this.weekdays(p, g, offset);
      const seriesId = this.ids.next();
      const title = groups > 1 ? `${p.activity.title} – hold ${g + 1}` : p.activity.title;
      this.out.eventSeries.push({
        id: seriesId,
        activityKey: p.key,
        type,
        title,
        weekdays,
        startTime: times[0],
        endTime: times[1],
        place: this.placeOf(p, type),
        fromDate: isoOf(firstDay),
        toDate: isoOf(this.horizon),
      });
      const groupYears = new Map<number, { regulars: Person[]; dropIns: Person[] }>();
      const groupOf = (y: PlanYear) => {
        let found = groupYears.get(y.index);
        if (!found) {
          const chunk = this.clientele(p, y).filter((_, i) => i % groups === g);
          const regularCount = Math.round(chunk.length * 0.25);
          found = { regulars: chunk.slice(0, regularCount), dropIns: chunk.slice(regularCount) };
          groupYears.set(y.index, found);
        }
        return found;
      };
      let sessionsPerYear = 0;
      for (let d = firstDay; d < firstDay + 365; d++)
        if (weekdays.includes(weekdayOf(d)) && !isHoliday(d)) sessionsPerYear++;
      for (let d = firstDay; d <= this.horizon; d++) {
        if (!weekdays.includes(weekdayOf(d)) || isHoliday(d)) continue;
        let attendees: Person[] = [];
        const ticked = this.ticked(d);
        if (named && ticked) {
          const y = this.yearOf(d);
          const { regulars, dropIns } = groupOf(y);
          for (const person of regulars) {
            regularsEver.set(person, Math.max(regularsEver.get(person) ?? 0, y.index));
            if (r.chance(this.loyaltyOf(person))) attendees.push(person);
          }
          attendees.push(...r.sample(dropIns, r.poisson((3 * dropIns.length) / Math.max(1, sessionsPerYear))));
          if (p.family) attendees = this.withChildren(attendees, d);
        }
        const headcount = withHeadcount && ticked ? Math.max(attendees.length, r.int(6, 18)) : null;
        this.event(p, type, name, d, seriesId, times, title, attendees, headcount);
      }
    }
    const last = this.years.length - 1;
    for (const [person, lastYear] of regularsEver)
      this.out.rosterEntries.push({
        id: this.ids.next(),
        activityKey: p.key,
        participantId: person.id,
        removedOn: lastYear < last ? isoOf(this.years[lastYear].to) : null,
      });
  }

  private loyaltyOf(person: Person): number {
    let l = this.loyalty.get(person);
    if (l === undefined) {
      l = this.rng.between(0.3, 0.8);
      this.loyalty.set(person, l);
    }
    return l;
  }

  private seasonalDay(type: string, y: PlanYear): number {
    const t = fold(type);
    const year = Number(isoOf(y.from).slice(0, 4));
    const window = (from: string, to: string) => {
      for (const yr of [year, year + 1]) {
        const a = dayOf(`${yr}-${from}`);
        const b = dayOf(`${yr}-${to}`);
        if (b >= y.from && a <= y.to) return this.dayIn(y, a, b);
      }
      return this.dayIn(y);
    };
    if (/fastelavn/.test(t)) return window("02-10", "02-28");
    if (/jul/.test(t)) return window("12-01", "12-15");
    if (/sommerfest|eid|festival|lysfest/.test(t)) return window("06-10", "08-25");
    if (/lejr|hoejskole/.test(t)) return window("07-01", "08-05");
    if (/rengoering/.test(t)) return window("04-15", "05-20");
    return this.dayIn(y);
  }

  private occasional(
    p: ActivityProfile,
    type: string,
    name: string,
    need: EventNeed,
    freq: string,
    named: boolean,
    withHeadcount: boolean,
    perYear: number,
    namedPerYear: number,
  ) {
    const r = this.rng;
    const times = this.timesOf(p, type, freq);
    for (const y of this.years) {
      const n = Math.max(freq === "yearly" && y.fraction > 0.8 ? 1 : 0, r.round(perYear * y.fraction));
      const clientele = named ? this.clientele(p, y) : [];
      const order = r.sample(clientele, clientele.length);
      let next = 0;
      for (let i = 0; i < n; i++) {
        let day = freq === "yearly" ? this.seasonalDay(type, y) : this.dayIn(y);
        for (let k = 0; k < 4 && freq !== "yearly" && (isHoliday(day) || weekdayOf(day) > 5); k++) day = this.dayIn(y);
        const ticked = this.ticked(day);
        let headcount: number | null = null;
        if (withHeadcount && ticked) {
          const avg =
            need.averageHeadcount ??
            (freq === "yearly"
              ? Math.round(r.int(60, 220) * Math.max(1, this.scale()))
              : freq === "meeting"
                ? r.int(4, 12)
                : freq === "monthly"
                  ? r.int(10, 30)
                  : r.int(12, 45));
          headcount = Math.max(1, Math.round(avg * r.between(0.8, 1.35)));
        }
        let attendees: Person[] = [];
        if (named && ticked) {
          // Spread over the activity's named events so most of the year's participants come at least once.
          const spread = (1.15 * clientele.length) / Math.max(1, namedPerYear);
          const wanted =
            headcount !== null && freq === "yearly"
              ? Math.min(headcount, Math.max(headcount * r.between(0.3, 0.5), spread * r.between(0.8, 1.2)))
              : Math.max(need.averageHeadcount ?? 8, spread) * r.between(0.75, 1.3);
          const k = Math.min(clientele.length, Math.max(2, Math.round(wanted / (p.family ? 2.2 : 1))));
          const chosen = new Set<Person>();
          // About 70 % not yet met this year (in a shuffled order), the rest anyone.
          for (const want = Math.round(k * 0.7); chosen.size < want && next < order.length; next++)
            chosen.add(order[next]);
          for (const c of r.sample(clientele, k)) if (chosen.size < k) chosen.add(c);
          attendees = p.family ? this.withChildren([...chosen], day) : [...chosen];
        }
        this.event(p, type, name, day, null, times, null, attendees, headcount);
      }
    }
  }

  // ------------------------------------------------------------ courses

  private coursesOf(p: ActivityProfile) {
    for (const ct of p.courseTypes) this.courses(p, ct);
  }

  private courses(p: ActivityProfile, ct: CourseTypeProfile) {
    const r = this.rng;
    const type = ct.courseType;
    const stages = type.stages.map((s) => s.key);
    const outcomes = type.outcomes.map((o) => o.key);
    const negatives = outcomes.filter((o) => outcomeKind(o) === "negative");
    const neutrals = outcomes.filter((o) => outcomeKind(o) === "neutral");
    const positives = outcomes.filter((o) => outcomeKind(o) === "positive");
    const [minStep, maxStep] = stepDays(type);
    const perYear = (ct.startsPerYear ?? 12) * this.scale() * this.wiggleOf(`courses:${type.key}`, 0.95, 1.3);
    const ratios = [...ct.stageRatios];
    const weightOf = (o: string) => (ct.wanted.has(o) ? 2.5 : 1);
    const wantedPositive = positives.filter((o) => ct.wanted.has(o));
    const shareWanted =
      positives.length === 0 || wantedPositive.length === 0
        ? 1
        : wantedPositive.reduce((s, o) => s + weightOf(o), 0) / positives.reduce((s, o) => s + weightOf(o), 0);
    let positiveGivenFinal = 0.72;
    if (ct.positiveRate !== undefined) {
      // An outcome rate to aim at (a little above it): more courses get through their stages if need be.
      const aim = ct.positiveRate * r.between(1.15, 1.4);
      let reachFinal = ratios.slice(1).reduce((x, v) => x * v, 1);
      if (aim / (reachFinal * shareWanted) > 0.9 && stages.length > 1) {
        reachFinal = Math.min(0.98, aim / (0.9 * shareWanted));
        for (let i = 1; i < ratios.length; i++) ratios[i] = reachFinal ** (1 / (ratios.length - 1));
      }
      positiveGivenFinal = Math.min(0.97, aim / (reachFinal * shareWanted));
    }
    const mentoring = type.category === "mentoring";
    const mentors: Person[] = [];
    const used = new Set<Person>();
    for (const y of this.years) {
      const n = r.round(perYear * this.growth(y.index) * y.fraction);
      const queue = r.sample(this.clientele(p, y), Number.MAX_SAFE_INTEGER);
      const year = Number(isoOf(y.from).slice(0, 4));
      for (let i = 0; i < n; i++) {
        while (queue.length > 0 && used.has(queue[queue.length - 1])) queue.pop();
        const person = queue.length > 0 && r.chance(0.7) ? (queue.pop() as Person) : this.draw(p, year, used);
        used.add(person);
        const startDay = this.dayIn(y, y.from, Math.min(y.to, this.end - 1));
        const id = this.ids.next();
        let last = startDay;
        let reached = 0;
        this.out.courseStages.push({ id: this.ids.next(), courseId: id, stage: stages[0], date: isoOf(startDay) });
        for (let s = 1; s < stages.length; s++) {
          const ratio = 1 - (1 - ratios[s]) * Math.max(0.6, 1 - 0.08 * y.index);
          if (!r.chance(ratio)) break;
          const day = last + r.int(minStep, maxStep);
          if (day > this.end) {
            reached = -1;
            break;
          }
          this.out.courseStages.push({ id: this.ids.next(), courseId: id, stage: stages[s], date: isoOf(day) });
          last = day;
          reached = s;
        }
        const running = reached === -1;
        const completed = !running && reached === stages.length - 1;
        let outcome: string | null = null;
        if (!running && outcomes.length > 0) {
          if (completed)
            outcome =
              positives.length > 0 && r.chance(positiveGivenFinal)
                ? r.weighted(positives, positives.map(weightOf))
                : r.pick(neutrals.length > 0 ? neutrals : negatives.length > 0 ? negatives : positives);
          else if (negatives.length > 0 && r.chance(0.8)) outcome = r.pick(negatives);
          else if (neutrals.length > 0) outcome = r.pick(neutrals);
        }
        const endDay = running ? null : last + r.int(7, 45);
        const ended = endDay !== null && endDay <= this.end;
        const mentor = mentoring ? this.mentorFor(mentors, year, person) : null;
        this.out.courses.push({
          id,
          activityKey: p.key,
          courseType: type.key,
          participantId: person.id,
          mentorParticipantId: mentor?.id ?? null,
          startDate: isoOf(startDay),
          endDate: ended ? isoOf(endDay) : null,
          outcome: ended ? outcome : null,
          outcomeDate: ended && outcome ? isoOf(endDay) : null,
        });
        this.markSeen(p.key, y, person);
        if (ended) this.followUps(id, type, endDay, outcome, positives);
        if (mentor) this.mentorHours(p, mentor, startDay, ended ? endDay : this.end);
      }
    }
  }

  private followUps(courseId: string, type: CourseType, endDay: number, outcome: string | null, positives: string[]) {
    const r = this.rng;
    const outcomes = type.outcomes.map((o) => o.key);
    for (const months of type.followUpMonths) {
      const day = addMonthsDay(endDay, months) + r.int(0, 14);
      if (day > this.end) break;
      let status = "ingen-kontakt";
      if (outcomes.length > 0 && r.chance(0.85)) {
        if (outcome && positives.includes(outcome)) status = r.chance(0.8) ? outcome : r.pick(outcomes);
        else status = r.chance(0.5) ? (outcome ?? r.pick(outcomes)) : r.pick(outcomes);
      }
      this.out.courseFollowUps.push({ id: this.ids.next(), courseId, offsetMonths: months, date: isoOf(day), status });
    }
  }

  private mentorFor(mentors: Person[], year: number, mentee: Person): Person {
    const r = this.rng;
    const free = mentors.filter((m) => m !== mentee);
    if (free.length > 0 && (free.length >= 3 + mentors.length / 4 || r.chance(0.7))) return r.pick(free);
    const age = r.int(25, 70);
    const mentor = r.chance(0.75) ? this.residentAged(age, year) : this.standalone(year - age, year);
    mentor.volunteer = true;
    mentors.push(mentor);
    return mentor;
  }

  private mentorHours(p: ActivityProfile, mentor: Person, from: number, to: number) {
    const r = this.rng;
    for (let d = from + r.int(3, 10); d <= to; d += r.int(10, 21)) {
      this.out.volunteerHours.push({
        id: this.ids.next(),
        activityKey: p.key,
        participantId: mentor.id,
        date: isoOf(d),
        hours: r.pick([1.5, 2, 2, 3]),
        role: this.mentorRole,
      });
      this.markSeen(p.key, this.yearOf(d), mentor);
    }
  }

  // ------------------------------------------------------------ contacts and referrals

  private contactsOf(p: ActivityProfile) {
    const c = p.contacts;
    if (!c) return;
    const r = this.rng;
    const ref = p.referrals;
    const topics = c.topics.length > 0 ? c.topics : [];
    const bodies =
      ref && ref.bodies.length > 0
        ? ref.bodies
        : (this.plan.logbook?.receivingBodies ?? [])
            .map((b) => b.key)
            .concat(["kommunen"])
            .slice(0, 3);
    const w = this.wiggleOf(`contacts:${p.key}`);
    const personsTarget =
      c.perYear !== undefined
        ? c.unit === "records"
          ? c.perYear / 2.2
          : c.perYear
        : ref?.perYear !== undefined
          ? ref.perYear * 2.5
          : 20;
    const refPersons =
      ref?.perYear !== undefined ? (ref.unit === "records" ? ref.perYear / 1.2 : ref.perYear) : undefined;
    for (const y of this.years) {
      const size = Math.max(
        2,
        Math.round(
          Math.max(personsTarget, (refPersons ?? 0) * 1.5) * w * this.scale() * this.growth(y.index) * y.fraction,
        ),
      );
      let persons = this.clientele(p, y);
      if (persons.length < size) {
        const more = new Set(persons);
        const year = Number(isoOf(y.from).slice(0, 4));
        for (let i = 0; more.size < size && i < size * 3; i++) more.add(this.draw(p, year, more));
        persons = [...more];
      } else persons = persons.slice(0, size);
      const perPerson = c.perYear !== undefined && c.unit === "records" ? (c.perYear * w) / (personsTarget * w) : 2.2;
      const referProbability =
        refPersons !== undefined
          ? Math.min(0.95, (refPersons * r.between(1.0, 1.35) * this.scale()) / persons.length)
          : 0.2;
      for (const person of persons) {
        const count = 1 + r.poisson(Math.max(0, perPerson - 1));
        const days = Array.from({ length: count }, () => this.dayIn(y)).sort((a, b) => a - b);
        const referAt = ref && r.chance(referProbability) ? r.int(0, days.length - 1) : -1;
        days.forEach((day, i) => {
          const id = this.ids.next();
          const householdId = person.household?.id ?? null;
          this.out.contacts.push({
            id,
            activityKey: p.key,
            participantId: person.id,
            householdId,
            date: isoOf(day),
            topic: topics.length > 0 ? r.pick(topics) : null,
          });
          if (i === referAt)
            this.out.referrals.push({
              id: this.ids.next(),
              activityKey: p.key,
              contactId: id,
              participantId: person.id,
              householdId,
              date: isoOf(Math.min(this.end, day + r.int(0, 10))),
              receivingBody: r.pick(bodies),
              result: r.pick(referralResults),
            });
        });
        this.markSeen(p.key, y, person);
      }
      // Anonymous enquiries: no person, no household.
      for (let i = r.poisson(persons.length * 0.08); i > 0; i--)
        this.out.contacts.push({
          id: this.ids.next(),
          activityKey: p.key,
          participantId: null,
          householdId: null,
          date: isoOf(this.dayIn(y)),
          topic: topics.length > 0 ? r.pick(topics) : null,
        });
    }
  }

  // ------------------------------------------------------------ assessments and volunteers

  private subtreeKeys(p: ActivityProfile): string[] {
    const keys = [p.key];
    for (let i = 0; i < keys.length; i++)
      for (const a of this.profiles.activities) if (a.parentKey === keys[i]) keys.push(a.key);
    return keys;
  }

  private assessmentsOf(p: ActivityProfile) {
    const r = this.rng;
    const keys = this.subtreeKeys(p);
    for (const [type, perYear] of p.assessments) {
      const w = this.wiggleOf(`assessments:${p.key}:${type}`);
      for (const y of this.years) {
        const seen = new Set<Person>();
        for (const k of keys) for (const person of this.seen.get(k)?.[y.index] ?? []) seen.add(person);
        const candidates = seen.size > 0 ? [...seen] : this.clientele(p, y);
        const n = Math.min(
          candidates.length,
          r.round((perYear ?? 12) * w * this.scale() * this.growth(y.index) * y.fraction),
        );
        const tagged =
          p.tags.length > 0 ? candidates.filter((c) => p.tags.some((t) => c.targetGroupTags.includes(t))) : [];
        const chosen = new Set(r.sample(tagged, Math.round(n * 0.85)));
        for (const c of r.sample(candidates, n)) if (chosen.size < n) chosen.add(c);
        for (const person of chosen)
          this.out.assessments.push({
            id: this.ids.next(),
            activityKey: p.key,
            participantId: person.id,
            assessment: type,
            date: isoOf(this.dayIn(y, y.from + 30)),
          });
      }
    }
  }

  private volunteersOf(p: ActivityProfile) {
    const r = this.rng;
    const mentoringHere = p.courseTypes.some((c) => c.courseType.category === "mentoring");
    for (const [role, need] of p.volunteers) {
      if (role && role === this.mentorRole && mentoringHere) continue;
      const perYear = (need.perYear ?? 6) * this.scale() * this.wiggleOf(`volunteers:${p.key}:${role}`, 1.0, 1.3);
      let previous: Person[] = [];
      for (const y of this.years) {
        const year = Number(isoOf(y.from).slice(0, 4));
        const carried = r.sample(previous, Math.round(previous.length * 0.6));
        const wanted = Math.round(perYear * this.growth(y.index) * y.fraction);
        const newOnes = Math.max(
          1,
          wanted - carried.length,
          need.newPerYear !== undefined
            ? r.round(need.newPerYear * r.between(1.05, 1.4) * this.scale() * y.fraction)
            : 0,
        );
        const team = [...carried];
        const inTeam = new Set(team);
        for (let i = 0, tries = 0; i < newOnes && tries < newOnes * 6; tries++) {
          const age = r.int(18, 74);
          let person: Person | undefined;
          const resident = r.chance(need.residentsOnly ? 0.85 : 0.9);
          const bucket = this.byBirthYear.get(`${resident ? "r" : "n"}${year - age}`);
          if (bucket && r.chance(0.5)) {
            const c = r.pick(bucket);
            if (!c.volunteer && !inTeam.has(c)) person = c;
          }
          person ??= resident ? this.residentAged(age, year) : this.standalone(year - age, year);
          if (person.volunteer || inTeam.has(person) || year - person.birthYear < 16) continue;
          if (need.tags.length > 0 && !need.tags.some((t) => person.targetGroupTags.includes(t)) && r.chance(0.8))
            person.targetGroupTags.push(r.pick(need.tags));
          person.volunteer = true;
          team.push(person);
          inTeam.add(person);
          i++;
        }
        for (const person of team) {
          const count = 1 + r.poisson(5 * y.fraction);
          for (let k = 0; k < count; k++)
            this.out.volunteerHours.push({
              id: this.ids.next(),
              activityKey: p.key,
              participantId: person.id,
              date: isoOf(this.dayIn(y)),
              hours: r.pick(hoursChoices),
              role: role || null,
            });
        }
        previous = team;
      }
    }
  }

  // ------------------------------------------------------------ staff hours and spending

  private staffHours() {
    const r = this.rng;
    const monday = this.start - (weekdayOf(this.start) - 1);
    for (const { activity } of indexPlan(this.plan).activities) {
      const planned = activity.staffing.reduce((s, x) => s + (x.hoursPerWeek ?? (x.fte ? x.fte * 37 : 0)), 0);
      if (planned <= 0) continue;
      for (let week = monday; week + 6 < Math.min(this.end + 1, this.today); week += 7) {
        if (week + 6 < this.start || isHoliday(week + 2)) continue;
        const hours = Math.min(80, Math.round(planned * r.between(0.7, 1.15) * 2) / 2);
        if (hours > 0)
          this.out.staffHours.push({ id: this.ids.next(), activityKey: activity.key, week: isoOf(week), hours });
      }
    }
  }

  private budgetActuals() {
    const r = this.rng;
    const byLabel = new Map<string, { activity: string | null; years: Map<number, number> }>();
    for (const line of this.plan.budget?.lines ?? []) {
      const entry = byLabel.get(line.label) ?? { activity: line.activity ?? null, years: new Map() };
      for (const a of line.amounts)
        if (a.amount !== null && a.amount !== undefined)
          entry.years.set(a.year, (entry.years.get(a.year) ?? 0) + a.amount);
      byLabel.set(line.label, entry);
    }
    const endYear = Number(isoOf(this.end).slice(0, 4));
    const todayYear = Number(isoOf(this.today).slice(0, 4));
    for (const [label, entry] of byLabel)
      for (const [year, planned] of entry.years) {
        if (year > endYear || planned <= 0) continue;
        const share = year === todayYear && !this.finished ? (this.today - dayOf(`${year}-01-01`)) / 365 : 1;
        this.out.budgetActuals.push({
          id: this.ids.next(),
          label,
          activityKey: entry.activity,
          year,
          amount: Math.round((planned * share * r.between(0.82, 1.04)) / 100) * 100,
        });
      }
  }

  // ------------------------------------------------------------ entered figures and milestones

  private enteredValues() {
    const seriesDone = new Set<string>();
    for (const { criterion } of indexPlan(this.plan).criteria) {
      const m = criterion.measure;
      if (m.kind === "milestone" && m.milestone === undefined) this.yesNoValues(criterion);
      else if (m.kind === "externalStatistic" || m.kind === "survey") {
        // A named series gets its figures once, whichever criteria read it.
        if (m.series !== undefined && seriesDone.has(m.series)) continue;
        if (m.series !== undefined) seriesDone.add(m.series);
        const question = m.kind === "survey" ? m.question : `${m.statistic}|${m.comparisonArea ?? ""}`;
        this.figureValues(criterion, m.kind, m.unit, m.source, question, m.series);
      }
    }
    const lastYear = Number(isoOf(this.end).slice(0, 4));
    for (const v of demoListFigures(this.plan, lastYear, this.options.seed))
      this.out.seriesValues.push({ id: this.ids.next(), ...v });
  }

  private startedPeriod(period: string): boolean {
    try {
      return dayOf(periodRange(period, this.plan.period).start) <= this.end;
    } catch {
      return false;
    }
  }

  private yesNoValues(c: Criterion) {
    const r = this.rng;
    const source = "Styregruppens referat (demodata)";
    const planYears = this.years.map((y) => `PY${y.index + 1}`);
    const targets = c.targets.length > 0 ? c.targets.map((t) => t.period) : planYears;
    for (const period of targets) {
      if (!this.startedPeriod(period)) continue;
      const range = periodRange(period, this.plan.period);
      if (dayOf(range.end) - dayOf(range.start) > 400) {
        // A target for the whole plan (or several years): done once, in one of its first years.
        const inside = planYears.filter((py) => {
          const pr = periodRange(py, this.plan.period);
          return pr.start >= range.start && pr.end <= range.end && this.startedPeriod(py);
        });
        if (inside.length > 0) this.value(c.key, r.pick(inside.slice(0, 3)), 1, source);
      } else this.value(c.key, period, r.chance(0.85) ? 1 : 0, source);
    }
  }

  /**
   * Figures for an external statistic (every year, or plan year when plan years are not calendar
   * years; halves where a target is a half) or a survey (rounds every other year), moving from the
   * baseline towards the target. Criteria asking the same question get the same figures.
   */
  private figureValues(
    c: Criterion,
    kind: "externalStatistic" | "survey",
    unit: string,
    measureSource: string | undefined,
    series: string,
    seriesKey?: string,
  ) {
    const r = new Random(this.options.seed, `${this.plan.slug}:${kind}:${series}`);
    const source = `${measureSource ?? (kind === "survey" ? "Beboerundersøgelse" : "Kommunens statistik")} (demodata)`;
    const periods = new Set<string>();
    const needsBaseline = c.baseline?.value === undefined && c.baseline?.period !== undefined;
    if (needsBaseline && c.baseline?.period) periods.add(c.baseline.period);
    const first = Number(this.plan.period.start.slice(0, 4));
    const last = Number(isoOf(this.end).slice(0, 4));
    const calendar = this.plan.period.start.slice(5) === "01-01";
    const halves = c.targets.some((t) => /H\d$/.test(t.period));
    if (kind === "externalStatistic") {
      if (calendar) for (let y = first; y <= last; y++) periods.add(String(y));
      else for (const y of this.years) periods.add(`PY${y.index + 1}`);
      if (halves) for (let y = first; y <= last; y++) for (const h of ["H1", "H2"]) periods.add(`${y}${h}`);
    } else {
      for (let y = needsBaseline ? first + 1 : first; y <= last; y += 2) periods.add(String(y));
      periods.add(String(last));
    }
    for (const t of c.targets) if (t.period !== "plan") periods.add(t.period);
    const base = c.baseline?.value ?? defaultLevel(unit, r);
    const numeric = c.targets.find((t) => t.value !== undefined)?.value;
    const better = (x: number) =>
      c.direction === "down" ? x * (1 - r.between(-0.04, 0.25)) : x * (1 + r.between(-0.04, 0.25));
    const goal = numeric !== undefined ? numeric * r.between(0.92, 1.08) : better(base);
    const planStart = dayOf(this.plan.period.start);
    const planEnd = dayOf(this.plan.period.end);
    const sorted = [...periods].sort();
    for (const period of sorted) {
      if (!this.startedPeriod(period) && period !== c.baseline?.period) continue;
      let range: { start: string; end: string };
      try {
        range = periodRange(period, this.plan.period);
      } catch {
        continue;
      }
      const mid = (dayOf(range.start) + dayOf(range.end)) / 2;
      const x = period === c.baseline?.period ? 0 : Math.max(0, Math.min(1, (mid - planStart) / (planEnd - planStart)));
      const noise = x === 0 ? 0 : new Random(this.options.seed, `${series}:${period}`).normal() * 0.03 * Math.abs(base);
      const figure = roundFor(unit, base + (goal - base) * x + noise);
      if (seriesKey === undefined) this.value(c.key, period, figure, source);
      else this.out.seriesValues.push({ id: this.ids.next(), seriesKey, period, value: figure, source });
    }
  }

  private value(criterionKey: string, period: string, value: number, source: string) {
    this.out.criterionValues.push({ id: this.ids.next(), criterionKey, period, value, source });
  }

  private milestoneUpdates() {
    const r = this.rng;
    for (const m of this.plan.milestones) {
      if (m.status !== "planned") continue;
      const due = dueDay(m.due);
      if (due > this.today || due > dayOf(this.plan.period.end) + 90) continue;
      const roll = r.next();
      if (roll < 0.75)
        this.out.milestoneUpdates.push({
          id: this.ids.next(),
          milestoneKey: m.key,
          status: "done",
          doneDate: isoOf(Math.min(this.today, Math.max(due - r.int(0, 75), dayOf(this.plan.period.start) - 60))),
          newDue: null,
          reason: null,
        });
      else if (roll < 0.88)
        this.out.milestoneUpdates.push({
          id: this.ids.next(),
          milestoneKey: m.key,
          status: "postponed",
          doneDate: null,
          newDue: nextQuarter(due),
          reason: r.pick([
            "Samarbejdspartneren kunne først i det næste kvartal.",
            "Medarbejderen var sygemeldt i perioden.",
            "Flyttet for at falde sammen med afdelingsmødet.",
          ]),
        });
      else if (roll < 0.93)
        this.out.milestoneUpdates.push({
          id: this.ids.next(),
          milestoneKey: m.key,
          status: "dropped",
          doneDate: null,
          newDue: null,
          reason: "Styregruppen besluttede at prioritere andre aktiviteter.",
        });
    }
  }
}

// ---------------------------------------------------------------- small helpers

function addYearsIso(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}

function stepDays(type: CourseType): [number, number] {
  switch (type.category) {
    case "jobPathway":
      return [21, 100];
    case "mentoring":
      return [20, 70];
    case "membership":
      return [7, 45];
    case "leisureJob":
      return [10, 60];
    case "actionPlan":
      return [14, 90];
    default:
      return [14, 50];
  }
}

function defaultLevel(unit: string, r: Random): number {
  switch (unit) {
    case "percent":
      return Math.round(r.between(25, 65) * 10) / 10;
    case "per10000":
      return Math.round(r.between(30, 90) * 10) / 10;
    case "dkk":
      return Math.round(r.between(150_000, 260_000));
    case "score":
      return Math.round(r.between(2.8, 3.6) * 100) / 100;
    default:
      return Math.round(r.between(8, 60));
  }
}

function roundFor(unit: string, value: number): number {
  switch (unit) {
    case "percent":
      return Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;
    case "per10000":
      return Math.round(Math.max(0, value) * 10) / 10;
    case "score":
      return Math.round(Math.max(0, value) * 100) / 100;
    default:
      return Math.max(0, Math.round(value));
  }
}

/** The last day a milestone's due (a date, a quarter or a year) allows. */
function dueDay(due: string): number {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return dayOf(due);
  const q = /^(\d{4})Q([1-4])$/.exec(due);
  if (q) return dayOf(periodRange(`${q[1]}Q${q[2]}`, { start: due, end: due }).end);
  return dayOf(`${due.slice(0, 4)}-12-31`);
}

function nextQuarter(day: number): string {
  const iso = isoOf(addMonthsDay(day, 3));
  return `${iso.slice(0, 4)}Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}
