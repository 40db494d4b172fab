import type { PlanFile } from "~/plan-format/plan";
import type { ActivityProfile } from "../demo-logbook-profiles";
import type { DemoLogbookOptions, DemoParticipant } from "../demo-logbook-rows";
import { isoOf } from "../demo-random";
import { frequencyOf } from "../profiles/event-frequency";
import { fold } from "../profiles/words";
import { DemoWorld, type PlanYear } from "./world";

/** A person the generator made (a participant once the logbook names them), with their household. */
export interface Person extends DemoParticipant {
  household: Household | null;
}

/** A household the generator made, with the people living in it. */
export interface Household {
  id: string;
  code: string;
  departmentNumber: string | null;
  members: Person[];
}

/**
 * The generator with the people of the area: households and persons made as the activities need
 * them, known ones drawn again, each activity's clientele per plan year, and who was seen where.
 */
export class DemoPeople extends DemoWorld {
  readonly people: Person[] = [];
  readonly byBirthYear = new Map<string, Person[]>();
  readonly seen = new Map<string, Set<Person>[]>();
  private readonly families: Household[] = [];
  private readonly departments: { number: string; weight: number }[];
  private readonly clienteles = new Map<string, Person[][]>();
  private readonly loyalty = new Map<Person, number>();
  private residentsMade = 0;

  constructor(plan: PlanFile, options: DemoLogbookOptions) {
    super(plan, options);
    this.departments = plan.areas.flatMap((a) =>
      a.departments.map((d) => ({ number: d.number, weight: d.residents ?? d.tenancies ?? 100 })),
    );
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

  standalone(birthYear: number, year: number): Person {
    const p = this.newPerson(birthYear, null);
    const tags = this.plan.logbook?.targetGroupTags ?? [];
    if (tags.length > 0 && year - birthYear >= 18 && this.rng.chance(0.15))
      p.targetGroupTags.push(this.rng.pick(tags).key);
    return p;
  }

  /** A resident of the given age, with the household they live in. */
  residentAged(age: number, year: number): Person {
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
  draw(p: ActivityProfile, year: number, exclude: ReadonlySet<Person>): Person {
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

  clienteleSize(p: ActivityProfile): number {
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
  clientele(p: ActivityProfile, y: PlanYear): Person[] {
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

  markSeen(key: string, y: PlanYear, person: Person) {
    const years = this.seen.get(key) ?? this.seen.set(key, []).get(key) ?? [];
    if (!years[y.index]) years[y.index] = new Set();
    years[y.index].add(person);
  }

  loyaltyOf(person: Person): number {
    let l = this.loyalty.get(person);
    if (l === undefined) {
      l = this.rng.between(0.3, 0.8);
      this.loyalty.set(person, l);
    }
    return l;
  }

  /** People at a family event: each family's adult and some of their children. */
  withChildren(adults: Person[], day: number): Person[] {
    const year = Number(isoOf(day).slice(0, 4));
    const out: Person[] = [];
    for (const a of adults) {
      out.push(a);
      const kids = a.household?.members.filter((m) => m !== a && year - m.birthYear < 18) ?? [];
      out.push(...this.rng.sample(kids, this.rng.int(1, Math.max(1, kids.length))));
    }
    return out;
  }
}
