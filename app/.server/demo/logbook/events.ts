import type { ActivityProfile, EventNeed } from "../demo-logbook-profiles";
import { dayOf, isHoliday, isoOf, weekdayOf } from "../demo-random";
import { frequencyOf } from "../profiles/event-frequency";
import { fold } from "../profiles/words";
import type { DemoPeople, Person } from "./people";
import type { PlanYear } from "./world";

// The activities' events: weekly sessions from series (with rosters) and occasional or yearly ones.

/** The activity's events, type by type: weekly ones in series, the rest spread over each plan year. */
export function eventsOf(gen: DemoPeople, p: ActivityProfile) {
  const plans = [...p.eventTypes].map(([type, need]) => {
    const name = gen.plan.logbook?.eventTypes.find((t) => t.key === type)?.name ?? "";
    const freq = frequencyOf(type, name);
    const quiet = freq === "output" || freq === "meeting";
    const named = !quiet && (p.forceNamed || need.named === true || p.mode === "named" || p.mode === "both");
    // Big yearly events are counted, with a sign-up list; the rest are counted where the plan counts.
    const headcount = !(freq === "output") && (!named || freq === "yearly" || (p.forceNamed && p.mode === "headcount"));
    return { type, name, need, freq, named, headcount, perYear: eventsPerYear(gen, p, type, need, freq) };
  });
  const namedPerYear = plans.filter((e) => e.named && e.freq !== "weekly").reduce((sum, e) => sum + e.perYear, 0);
  for (const e of plans)
    if (e.freq === "weekly") weekly(gen, p, e.type, e.name, e.named, e.headcount);
    else occasional(gen, p, e.type, e.name, e.need, e.freq, e.named, e.headcount, e.perYear, namedPerYear);
}

function eventsPerYear(gen: DemoPeople, p: ActivityProfile, type: string, need: EventNeed, freq: string): number {
  if (need.perYear !== undefined) return need.perYear * gen.wiggleOf(`events:${p.key}:${type}`, 0.9, 1.4);
  return { output: 5, meeting: 6, monthly: 9, yearly: 1, occasional: 5 }[freq] ?? 5;
}

/** The weekdays of a group's sessions: as many a week as the schedule says (once, if it says nothing). */
function sessionWeekdays(p: ActivityProfile, group: number, offset: number): number[] {
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

function timesOf(p: ActivityProfile, type: string, freq: string): [string | null, string | null] {
  const t = fold(`${type} ${p.key}`);
  if (freq === "output") return [null, null];
  if (/madklub|spisning/.test(t)) return ["17:00", "19:30"];
  if (freq === "weekly") return p.ages.max <= 22 ? ["15:00", "17:00"] : ["10:00", "12:00"];
  if (freq === "yearly") return ["12:00", "16:00"];
  if (/moede|oplaeg|temaaften|undervisning/.test(t)) return ["19:00", "21:00"];
  return ["16:30", "19:00"];
}

function placeOf(p: ActivityProfile, type: string): string | null {
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

function breakdown(
  gen: DemoPeople,
  p: ActivityProfile,
  headcount: number,
  known?: { residentShare: number },
): Record<string, number> {
  const r = gen.rng;
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

function event(
  gen: DemoPeople,
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
  const id = gen.ids.next();
  const residents = attendees.filter((a) => a.resident).length;
  const count = headcount === null ? null : Math.max(headcount, attendees.length);
  gen.out.events.push({
    id,
    activityKey: p.key,
    seriesId,
    type,
    title: title ?? (name ? name.replace(/\s*\(.*\)\s*$/, "") : null),
    date: isoOf(day),
    startTime: times[0],
    endTime: times[1],
    place: placeOf(p, type),
    headcount: count,
    breakdown:
      count === null
        ? {}
        : breakdown(gen, p, count, attendees.length > 0 ? { residentShare: residents / attendees.length } : undefined),
  });
  const y = gen.yearOf(day);
  for (const a of attendees) {
    gen.out.attendance.push({ id: gen.ids.next(), eventId: id, participantId: a.id });
    gen.markSeen(p.key, y, a);
  }
}

/** Weekly sessions from a series per group, with a roster of regulars and some who drop in. */
function weekly(
  gen: DemoPeople,
  p: ActivityProfile,
  type: string,
  name: string,
  named: boolean,
  withHeadcount: boolean,
) {
  const r = gen.rng;
  // Groups of at most 60 a year: a fourth of them regulars, the rest dropping in now and then.
  const groups = named ? Math.max(1, Math.ceil(gen.clienteleSize(p) / 60)) : 1;
  const times = timesOf(p, type, "weekly");
  const regularsEver = new Map<Person, number>();
  const firstDay = gen.start + r.int(7, 35);
  const offset = r.int(0, 3);
  if (firstDay > gen.horizon) return;
  for (let g = 0; g < groups; g++) {
    const weekdays = sessionWeekdays(p, g, offset);
    const seriesId = gen.ids.next();
    const title = groups > 1 ? `${p.activity.title} – hold ${g + 1}` : p.activity.title;
    gen.out.eventSeries.push({
      id: seriesId,
      activityKey: p.key,
      type,
      title,
      weekdays,
      startTime: times[0],
      endTime: times[1],
      place: placeOf(p, type),
      fromDate: isoOf(firstDay),
      toDate: isoOf(gen.horizon),
    });
    const groupYears = new Map<number, { regulars: Person[]; dropIns: Person[] }>();
    const groupOf = (y: PlanYear) => {
      let found = groupYears.get(y.index);
      if (!found) {
        const chunk = gen.clientele(p, y).filter((_, i) => i % groups === g);
        const regularCount = Math.round(chunk.length * 0.25);
        found = { regulars: chunk.slice(0, regularCount), dropIns: chunk.slice(regularCount) };
        groupYears.set(y.index, found);
      }
      return found;
    };
    let sessionsPerYear = 0;
    for (let d = firstDay; d < firstDay + 365; d++)
      if (weekdays.includes(weekdayOf(d)) && !isHoliday(d)) sessionsPerYear++;
    for (let d = firstDay; d <= gen.horizon; d++) {
      if (!weekdays.includes(weekdayOf(d)) || isHoliday(d)) continue;
      let attendees: Person[] = [];
      const ticked = gen.ticked(d);
      if (named && ticked) {
        const y = gen.yearOf(d);
        const { regulars, dropIns } = groupOf(y);
        for (const person of regulars) {
          regularsEver.set(person, Math.max(regularsEver.get(person) ?? 0, y.index));
          if (r.chance(gen.loyaltyOf(person))) attendees.push(person);
        }
        attendees.push(...r.sample(dropIns, r.poisson((3 * dropIns.length) / Math.max(1, sessionsPerYear))));
        if (p.family) attendees = gen.withChildren(attendees, d);
      }
      const headcount = withHeadcount && ticked ? Math.max(attendees.length, r.int(6, 18)) : null;
      event(gen, p, type, name, d, seriesId, times, title, attendees, headcount);
    }
  }
  const last = gen.years.length - 1;
  for (const [person, lastYear] of regularsEver)
    gen.out.rosterEntries.push({
      id: gen.ids.next(),
      activityKey: p.key,
      participantId: person.id,
      removedOn: lastYear < last ? isoOf(gen.years[lastYear].to) : null,
    });
}

function seasonalDay(gen: DemoPeople, type: string, y: PlanYear): number {
  const t = fold(type);
  const year = Number(isoOf(y.from).slice(0, 4));
  const window = (from: string, to: string) => {
    for (const yr of [year, year + 1]) {
      const a = dayOf(`${yr}-${from}`);
      const b = dayOf(`${yr}-${to}`);
      if (b >= y.from && a <= y.to) return gen.dayIn(y, a, b);
    }
    return gen.dayIn(y);
  };
  if (/fastelavn/.test(t)) return window("02-10", "02-28");
  if (/jul/.test(t)) return window("12-01", "12-15");
  if (/sommerfest|eid|festival|lysfest/.test(t)) return window("06-10", "08-25");
  if (/lejr|hoejskole/.test(t)) return window("07-01", "08-05");
  if (/rengoering/.test(t)) return window("04-15", "05-20");
  return gen.dayIn(y);
}

function occasional(
  gen: DemoPeople,
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
  const r = gen.rng;
  const times = timesOf(p, type, freq);
  for (const y of gen.years) {
    const n = Math.max(freq === "yearly" && y.fraction > 0.8 ? 1 : 0, r.round(perYear * y.fraction));
    const clientele = named ? gen.clientele(p, y) : [];
    const order = r.sample(clientele, clientele.length);
    let next = 0;
    for (let i = 0; i < n; i++) {
      let day = freq === "yearly" ? seasonalDay(gen, type, y) : gen.dayIn(y);
      for (let k = 0; k < 4 && freq !== "yearly" && (isHoliday(day) || weekdayOf(day) > 5); k++) day = gen.dayIn(y);
      const ticked = gen.ticked(day);
      let headcount: number | null = null;
      if (withHeadcount && ticked) {
        const avg =
          need.averageHeadcount ??
          (freq === "yearly"
            ? Math.round(r.int(60, 220) * Math.max(1, gen.scale()))
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
        attendees = p.family ? gen.withChildren([...chosen], day) : [...chosen];
      }
      event(gen, p, type, name, day, null, times, null, attendees, headcount);
    }
  }
}
