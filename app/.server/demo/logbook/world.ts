import { periodRange } from "~/plan-format/periods";
import type { PlanFile } from "~/plan-format/plan";
import { type PlanProfiles, planProfiles } from "../demo-logbook-profiles";
import type { DemoLogbook, DemoLogbookOptions } from "../demo-logbook-rows";
import { dayOf, IdMaker, Random } from "../demo-random";

/** One year of the plan (from its start), in day numbers, cut at the last day the logbook is filled. */
export interface PlanYear {
  index: number;
  from: number;
  to: number;
  /** Share of a whole year the (possibly cut) year covers. */
  fraction: number;
}

/**
 * What every part of the demo logbook generator shares: the plan and its profiles, the random
 * stream and the ids (drawn in one fixed order, so the same seed gives the same rows), the rows made
 * so far, and the plan's calendar (plan years, today, the last day filled).
 */
export class DemoWorld {
  readonly rng: Random;
  readonly ids: IdMaker;
  readonly out: DemoLogbook;
  readonly profiles: PlanProfiles;
  readonly start: number;
  readonly end: number;
  readonly today: number;
  readonly horizon: number;
  readonly finished: boolean;
  readonly years: PlanYear[];
  readonly mentorRole: string | null;
  /** Residents of the area (times the scale): as more of them are known, known ones come back more often. */
  readonly areaResidents: number;
  private readonly wiggle = new Map<string, number>();

  constructor(
    readonly plan: PlanFile,
    readonly options: DemoLogbookOptions,
  ) {
    this.rng = new Random(options.seed, `demo:${plan.slug}`);
    this.ids = new IdMaker(options.seed, plan.slug);
    this.out = emptyLogbook(plan.slug);
    this.profiles = planProfiles(plan);
    this.start = dayOf(plan.period.start);
    const planEnd = dayOf(plan.period.end);
    this.today = dayOf(options.today);
    this.end = Math.min(planEnd, this.today);
    this.finished = this.today >= planEnd;
    this.horizon = Math.min(planEnd, this.today + 14);
    this.years = planYears(plan.period.start, this.end);
    const residents = plan.areas.flatMap((a) => a.departments).reduce((sum, d) => sum + (d.residents ?? 0), 0);
    this.areaResidents = Math.max(300, residents > 0 ? residents : 2500) * Math.max(0.05, options.scale);
    this.mentorRole = plan.logbook?.volunteerRoles.find((r) => /mentor/.test(r.key))?.key ?? null;
  }

  scale(): number {
    return Math.max(0, this.options.scale);
  }

  growth(year: number): number {
    return Math.min(1.2, 0.85 + 0.1 * year);
  }

  wiggleOf(key: string, min = 0.9, max = 1.3): number {
    let w = this.wiggle.get(key);
    if (w === undefined) {
      // From its own stream, so an activity's size does not depend on what was drawn before it.
      w = new Random(this.options.seed, `${this.plan.slug}:wiggle:${key}`).between(min, max);
      this.wiggle.set(key, w);
    }
    return w;
  }

  yearOf(day: number): PlanYear {
    for (let i = this.years.length - 1; i >= 0; i--) if (day >= this.years[i].from) return this.years[i];
    return this.years[0];
  }

  dayIn(y: PlanYear, from = y.from, to = y.to): number {
    const a = Math.max(y.from, from);
    const b = Math.min(y.to, to);
    return b < a ? y.to : this.rng.int(a, b);
  }

  /** Attendance is ticked for past sessions (all of them once the plan is over). */
  ticked(day: number): boolean {
    return this.finished ? day <= this.end : day < this.today;
  }

  startedPeriod(period: string): boolean {
    try {
      return dayOf(periodRange(period, this.plan.period).start) <= this.end;
    } catch {
      return false;
    }
  }
}

/** A logbook with no rows yet. */
function emptyLogbook(slug: string): DemoLogbook {
  return {
    slug,
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
}

/** The plan years from the plan's start up to the last day filled. */
function planYears(planStart: string, end: number): PlanYear[] {
  const years: PlanYear[] = [];
  for (let i = 0; ; i++) {
    const from = dayOf(addYearsIso(planStart, i));
    if (from > end) break;
    const to = Math.min(dayOf(addYearsIso(planStart, i + 1)) - 1, end);
    years.push({ index: i, from, to, fraction: Math.min(1, (to - from + 1) / 365) });
  }
  return years;
}

function addYearsIso(date: string, years: number): string {
  return `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;
}
