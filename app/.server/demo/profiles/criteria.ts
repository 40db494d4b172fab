import type { Criterion } from "~/plan-format/criterion";
import type { Measure, MeasureFilters } from "~/plan-format/measure";
import type { ActivityProfile, EventNeed } from "../demo-logbook-profiles";
import type { ProfileContext } from "./context";
import { planCourses } from "./courses";
import { addEventType, applyPersonFilters, contactsOf, referralsOf } from "./needs";
import { best, counsellingScore, namedScore, personsScore } from "./scores";
import { levelTarget, maxOf, yearlyTarget } from "./targets";
import { defaultEventType, fitScore, fold } from "./words";

type Kind<K extends Measure["kind"]> = Extract<Measure, { kind: K }>;

/** A criterion as one step places it: its measure and filters, the activities it reads, its yearly figure. */
interface Placing {
  criterion: Criterion;
  m: Measure;
  f: MeasureFilters;
  scope: ActivityProfile[];
  perYear: number | undefined;
}

const courseKinds = new Set(["coursesStarted", "funnelStage", "outcomes", "outcomeRate", "followUp", "actionPlans"]);

/** Step 1: every criterion that reads the logbook gets its data where it looks. */
export function placeCriteria(b: ProfileContext) {
  const { index, activities, subtree, plan, years, courseTypes, byKey } = b;
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
    if (courseKinds.has(m.kind)) {
      planCourses(m, m.kind === "outcomeRate" ? levelTarget(criterion) : perYear, scope, courseTypes, byKey, f);
      continue;
    }
    placeMeasure(b, { criterion, m, f, scope, perYear });
  }
}

function placeMeasure(b: ProfileContext, c: Placing) {
  switch (c.m.kind) {
    case "participants":
    case "households":
      return placePersons(b, c, c.m);
    case "attendance":
    case "averageAttendance":
    case "events":
      return placeEvents(b, c, c.m);
    case "contacts":
      return placeContacts(c, c.m);
    case "referrals":
      return placeReferrals(c, c.m);
    case "assessments":
      return placeAssessments(c, c.m);
    case "volunteers":
      return placeVolunteers(b, c, c.m);
    default:
      return;
  }
}

/** Persons (participants or households) counted at events, in contacts or in courses. */
function placePersons(b: ProfileContext, { f, scope, perYear }: Placing, m: Kind<"participants" | "households">) {
  const { wordsOf, typeName } = b;
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
}

/** Events, attendance or average attendance: the event types go where they fit. */
function placeEvents(
  b: ProfileContext,
  { criterion, f, scope, perYear }: Placing,
  m: Kind<"attendance" | "averageAttendance" | "events">,
) {
  const { plan, wordsOf, typeName } = b;
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
}

/** Contacts with their topics, at the activity that counsels most. */
function placeContacts({ f, scope, perYear }: Placing, m: Kind<"contacts">) {
  const host = best(scope, counsellingScore);
  const c = contactsOf(host);
  c.unit = m.count ?? "records";
  c.perYear = maxOf(c.perYear, perYear);
  for (const t of m.topics ?? []) if (!c.topics.includes(t)) c.topics.push(t);
  applyPersonFilters(host, f);
}

/** Referrals with their receiving bodies, at the activity that bridges most. */
function placeReferrals({ f, scope, perYear }: Placing, m: Kind<"referrals">) {
  const host = best(
    scope,
    (p) => counsellingScore(p) + (/brobyg|henvis/.test(fold(`${p.key} ${p.activity.title}`)) ? 3 : 0),
  );
  const r = referralsOf(host);
  r.unit = m.count ?? "records";
  r.perYear = maxOf(r.perYear, perYear);
  for (const b of m.receivingBodies ?? []) if (!r.bodies.includes(b)) r.bodies.push(b);
  applyPersonFilters(host, f);
}

/** Assessments, at the activity that meets persons by name most. */
function placeAssessments({ f, scope, perYear }: Placing, m: Kind<"assessments">) {
  const host = best(scope, personsScore);
  host.assessments.set(m.assessment, maxOf(host.assessments.get(m.assessment), perYear));
  applyPersonFilters(host, f);
}

/** Volunteers per role, at the activity whose words fit the role. */
function placeVolunteers(b: ProfileContext, { f, scope, perYear }: Placing, m: Kind<"volunteers">) {
  const { vocab, wordsOf } = b;
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
}
