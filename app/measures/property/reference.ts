import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { LogbookFacts } from "../facts";
import type { Period } from "./facts-arbitrary";
import type { Setting } from "./measure-arbitraries";
import { anyPersonFilter, refAddMonths, refCovers, refEntered, refPersonOk, within } from "./reference-helpers";

/**
 * Every measure computed again in plain loops, as the plan format describes it: no index, no
 * caching, nothing imported from the engine. The property tests compare the engine with this.
 */

export interface RefResult {
  value: number | null;
  ids: Record<string, string[]>;
}

export function reference(measure: Measure, facts: LogbookFacts, period: Period, setting: Setting): RefResult {
  const f: MeasureFilters = ("filters" in measure && measure.filters) || {};
  const covers = (activityId: string) => refCovers(facts, f, setting.owner, activityId);
  const typeOk = (type: string) => !f.eventTypes || f.eventTypes.length === 0 || f.eventTypes.includes(type);
  const householdOf = (pid: string) => {
    const p = facts.participants.find((x) => x.id === pid);
    return p ? p.householdId : null;
  };
  const outcomeDate = (c: LogbookFacts["courses"][number]) => (c.outcomeDate !== null ? c.outcomeDate : c.endDate);
  const courseOk = (c: LogbookFacts["courses"][number], courseType: string | undefined) =>
    (courseType === undefined || c.courseType === courseType) &&
    covers(c.activityId) &&
    refPersonOk(facts, f, period, ["courses"], c.participantId, c.startDate);
  /** Qualifying courses counted in the measure's unit (given, or the kind's default). */
  const courseIds = (ids: string[]): RefResult => {
    const given = "count" in measure ? measure.count : undefined;
    const unit = given ?? (measure.kind === "coursesStarted" || measure.kind === "actionPlans" ? "courses" : "persons");
    if (unit === "courses") return { value: ids.length, ids: { courses: ids } };
    const people: string[] = [];
    for (const c of facts.courses)
      if (ids.includes(c.id) && !people.includes(c.participantId)) people.push(c.participantId);
    if (unit === "persons") return { value: people.length, ids: { courses: ids, participants: people } };
    const households: string[] = [];
    for (const pid of people) {
      const h = householdOf(pid);
      if (h !== null && !households.includes(h)) households.push(h);
    }
    return { value: households.length, ids: { courses: ids, participants: people, households } };
  };

  switch (measure.kind) {
    case "participants":
    case "households": {
      const source = measure.source ?? "all";
      const kinds = source === "all" ? ["events", "contacts", "courses"] : [source];
      const ok = (pid: string, date: string) => refPersonOk(facts, f, period, kinds, pid, date);
      const people: string[] = [];
      const households: string[] = [];
      const seen = { events: [] as string[], contacts: [] as string[], courses: [] as string[] };
      const addPerson = (pid: string | null, household: string | null) => {
        if (measure.kind === "participants") {
          if (pid !== null && !people.includes(pid)) people.push(pid);
        } else if (household !== null && !households.includes(household)) households.push(household);
      };
      if (kinds.includes("events"))
        for (const e of facts.events)
          if (within(e.date, period) && covers(e.activityId) && typeOk(e.type)) {
            let any = false;
            for (const pid of e.attendees)
              if (ok(pid, e.date)) {
                any = true;
                addPerson(pid, householdOf(pid));
              }
            if (any) seen.events.push(e.id);
          }
      if (kinds.includes("contacts"))
        for (const c of facts.contacts) {
          if (!within(c.date, period) || !covers(c.activityId)) continue;
          if (c.participantId === null && anyPersonFilter(f)) continue;
          if (c.participantId !== null && !ok(c.participantId, c.date)) continue;
          const household = c.householdId ?? (c.participantId === null ? null : householdOf(c.participantId));
          if (measure.kind === "participants" && c.participantId === null) continue;
          if (measure.kind === "households" && household === null) continue;
          addPerson(c.participantId, household);
          seen.contacts.push(c.id);
        }
      if (kinds.includes("courses"))
        for (const c of facts.courses) {
          const end = c.endDate ?? c.outcomeDate;
          const running = c.startDate <= period.end && (end === null || end >= period.start);
          if (!running || !covers(c.activityId) || !ok(c.participantId, c.startDate)) continue;
          if (measure.kind === "households" && householdOf(c.participantId) === null) continue;
          addPerson(c.participantId, householdOf(c.participantId));
          seen.courses.push(c.id);
        }
      const sources: Record<string, string[]> = {};
      for (const k of kinds) sources[k] = seen[k as keyof typeof seen];
      return measure.kind === "participants"
        ? { value: people.length, ids: { ...sources, participants: people } }
        : { value: households.length, ids: { ...sources, households } };
    }
    case "events": {
      const events: string[] = [];
      for (const e of facts.events)
        if (within(e.date, period) && covers(e.activityId) && typeOk(e.type)) events.push(e.id);
      return { value: events.length, ids: { events } };
    }
    case "attendance":
    case "averageAttendance": {
      const onlyResidents =
        f.residentsOnly === true && !f.newOnly && !f.ageBand && !(f.targetGroupTags && f.targetGroupTags.length > 0);
      let sum = 0;
      let held = 0;
      const events: string[] = [];
      for (const e of facts.events) {
        if (!within(e.date, period) || !covers(e.activityId) || !typeOk(e.type)) continue;
        held++;
        let n: number | null = null;
        if (!anyPersonFilter(f)) {
          if (e.headcount !== null) n = e.headcount;
          else if (e.attendees.length > 0) n = e.attendees.length;
        } else if (onlyResidents && e.headcount !== null && e.breakdown.residents !== undefined) {
          n = e.breakdown.residents;
        } else if (e.attendees.length > 0) {
          n = 0;
          for (const pid of e.attendees) if (refPersonOk(facts, f, period, ["events"], pid, e.date)) n++;
        }
        if (n === null) continue;
        sum += n;
        events.push(e.id);
      }
      if (measure.kind === "attendance")
        return { value: held > 0 && events.length === 0 ? null : sum, ids: { events } };
      return { value: events.length === 0 ? null : sum / events.length, ids: { events } };
    }
    case "coursesStarted": {
      const ids: string[] = [];
      for (const c of facts.courses) if (courseOk(c, measure.courseType) && within(c.startDate, period)) ids.push(c.id);
      return courseIds(ids);
    }
    case "funnelStage": {
      const info = setting.courseTypes?.[measure.courseType] ?? null;
      const order = info ? info.stages : [];
      const at = order.indexOf(measure.stage);
      const accepted = at >= 0 ? order.slice(at) : [measure.stage];
      const ids: string[] = [];
      for (const c of facts.courses) {
        if (!courseOk(c, measure.courseType)) continue;
        let first: string | null = null;
        for (const s of c.stages) if (accepted.includes(s.stage) && (first === null || s.date < first)) first = s.date;
        if (first !== null && within(first, period)) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "outcomes": {
      const ids: string[] = [];
      for (const c of facts.courses) {
        const date = outcomeDate(c);
        if (courseOk(c, measure.courseType) && c.outcome !== null && measure.outcomes.includes(c.outcome))
          if (date !== null && within(date, period)) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "outcomeRate": {
      const asOf = period.asOf ?? period.end;
      const n = measure.withinMonths;
      type Course = LogbookFacts["courses"][number];
      const running = (c: Course) => c.endDate === null && c.outcome === null;
      /** Reached one of the outcomes on or after `from`, and within N months of it (if N is given). */
      const reachedFrom = (c: Course, from: string) => {
        const date = outcomeDate(c);
        if (c.outcome === null || !measure.outcomes.includes(c.outcome) || date === null || date < from) return false;
        return n === undefined || date <= refAddMonths(from, n);
      };
      const judged: string[] = [];
      const reached: string[] = [];
      const immature: string[] = [];
      const successCourses: string[] = [];
      if (measure.count === "courses") {
        for (const c of facts.courses) {
          if (!courseOk(c, measure.courseType) || !within(c.startDate, period)) continue;
          const closed = n !== undefined && refAddMonths(c.startDate, n) <= asOf;
          if (reachedFrom(c, c.startDate)) {
            reached.push(c.id);
            successCourses.push(c.id);
          } else if (!closed && running(c)) {
            immature.push(c.id);
            continue;
          }
          judged.push(c.id);
        }
      } else {
        // Persons: each from their first start in the period; a success by any of their courses.
        const people: string[] = [];
        for (const c of facts.courses)
          if (courseOk(c, measure.courseType) && within(c.startDate, period) && !people.includes(c.participantId))
            people.push(c.participantId);
        for (const pid of people) {
          let first = "9999-12-31";
          for (const c of facts.courses)
            if (c.participantId === pid && courseOk(c, measure.courseType) && within(c.startDate, period))
              if (c.startDate < first) first = c.startDate;
          let success: Course | null = null;
          let stillRunning = false;
          for (const c of facts.courses) {
            if (c.participantId !== pid || !courseOk(c, measure.courseType)) continue;
            if (success === null && reachedFrom(c, first)) success = c;
            if (c.startDate <= asOf && running(c)) stillRunning = true;
          }
          const mature = n !== undefined ? refAddMonths(first, n) <= asOf : !stillRunning;
          if (success !== null) {
            reached.push(pid);
            successCourses.push(success.id);
          } else if (!mature) {
            immature.push(pid);
            continue;
          }
          judged.push(pid);
        }
      }
      const successPeople: string[] = [];
      for (const c of facts.courses)
        if (successCourses.includes(c.id) && !successPeople.includes(c.participantId))
          successPeople.push(c.participantId);
      return {
        value: judged.length === 0 ? null : (reached.length * 100) / judged.length,
        ids: { courses: successCourses, cohort: judged, immature, participants: successPeople },
      };
    }
    case "followUp": {
      const ids: string[] = [];
      for (const c of facts.courses) {
        if (!courseOk(c, measure.courseType)) continue;
        let found = false;
        for (const u of c.followUps)
          if (u.offsetMonths === measure.offsetMonths && within(u.date, period))
            if (!measure.statuses || measure.statuses.includes(u.status)) found = true;
        if (found) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "actionPlans": {
      const types: string[] = [];
      if (measure.courseType !== undefined) types.push(measure.courseType);
      else
        for (const [key, info] of Object.entries(setting.courseTypes ?? {}))
          if (info?.category === "actionPlan") types.push(key);
      if (types.length === 0) return { value: null, ids: {} };
      const ids: string[] = [];
      for (const c of facts.courses) {
        if (!types.includes(c.courseType) || !courseOk(c, undefined)) continue;
        if (measure.stage === "created") {
          if (within(c.startDate, period)) ids.push(c.id);
          continue;
        }
        const info = setting.courseTypes?.[c.courseType] ?? null;
        const last = info && info.stages.length > 0 ? info.stages[info.stages.length - 1] : null;
        const date = outcomeDate(c);
        let fulfilled = false;
        if (last === null) fulfilled = c.outcome !== null && date !== null && within(date, period);
        else {
          let first: string | null = null;
          for (const s of c.stages) if (s.stage === last && (first === null || s.date < first)) first = s.date;
          if (first !== null && within(first, period)) fulfilled = true;
          if (c.outcome === last && date !== null && within(date, period)) fulfilled = true;
        }
        if (fulfilled) ids.push(c.id);
      }
      return courseIds(ids);
    }
    case "contacts":
    case "referrals": {
      const isContacts = measure.kind === "contacts";
      const wanted = isContacts ? measure.topics : measure.receivingBodies;
      const list = isContacts
        ? facts.contacts.map((c) => ({ ...c, word: c.topic }))
        : facts.referrals.map((r) => ({ ...r, word: r.receivingBody as string | null }));
      const records: string[] = [];
      const people: string[] = [];
      const households: string[] = [];
      for (const r of list) {
        if (!within(r.date, period) || !covers(r.activityId)) continue;
        if (wanted && wanted.length > 0 && (r.word === null || !wanted.includes(r.word))) continue;
        if (r.participantId === null && anyPersonFilter(f)) continue;
        if (r.participantId !== null && !refPersonOk(facts, f, period, [measure.kind], r.participantId, r.date))
          continue;
        records.push(r.id);
        if (r.participantId !== null && !people.includes(r.participantId)) people.push(r.participantId);
        const household = r.householdId ?? (r.participantId === null ? null : householdOf(r.participantId));
        if (household !== null && !households.includes(household)) households.push(household);
      }
      const count = measure.count ?? "records";
      const value = count === "records" ? records.length : count === "persons" ? people.length : households.length;
      const ids: Record<string, string[]> = { [measure.kind]: records, participants: people };
      if (count === "households") ids.households = households;
      return { value, ids };
    }
    case "assessments": {
      const records: string[] = [];
      const people: string[] = [];
      for (const a of facts.assessments) {
        if (a.assessment !== measure.assessment || !within(a.date, period) || !covers(a.activityId)) continue;
        if (!refPersonOk(facts, f, period, ["assessments"], a.participantId, a.date)) continue;
        records.push(a.id);
        if (!people.includes(a.participantId)) people.push(a.participantId);
      }
      return { value: people.length, ids: { assessments: records, participants: people } };
    }
    case "volunteers": {
      const records: string[] = [];
      const people: string[] = [];
      for (const v of facts.volunteerHours) {
        if (!within(v.date, period) || !covers(v.activityId)) continue;
        if (measure.roles && measure.roles.length > 0 && (v.role === null || !measure.roles.includes(v.role))) continue;
        if (!refPersonOk(facts, f, period, ["volunteers"], v.participantId, v.date)) continue;
        records.push(v.id);
        if (!people.includes(v.participantId)) people.push(v.participantId);
      }
      if (measure.count === "hours") {
        let hours = 0;
        for (const v of facts.volunteerHours) if (records.includes(v.id)) hours += v.hours;
        return { value: hours, ids: { volunteerHours: records, participants: people } };
      }
      return { value: people.length, ids: { volunteerHours: records, participants: people } };
    }
    case "externalStatistic":
    case "survey": {
      const values = refEntered(facts, setting, period, measure.series);
      if (values.length === 0) return { value: null, ids: { values: [] } };
      const last = values[values.length - 1];
      return { value: last.value, ids: { values: [last.period] } };
    }
    case "areaList":
      // The generated facts carry no list figures (see measure-arbitraries): nothing to read.
      return { value: null, ids: {} };
    case "milestone": {
      if (measure.milestone !== undefined) {
        const milestone = facts.milestones.find((m) => m.key === measure.milestone);
        if (!milestone) return { value: null, ids: {} };
        const done = milestone.status === "done" && (milestone.doneDate === null || milestone.doneDate <= period.end);
        return { value: done ? 1 : 0, ids: { milestones: done ? [milestone.key] : [] } };
      }
      const values = refEntered(facts, setting, period);
      let sum = 0;
      for (const v of values) sum += v.value;
      return { value: values.length === 0 ? null : sum, ids: { values: values.map((v) => v.period) } };
    }
  }
}
