import { cellDecimal } from "./cells";
import type { ImportCheck } from "./import-check";

// The sheets Vurderinger (assessments) and Frivillige timer (volunteer hours).

/** Vurderinger: new assessments. */
export function checkAssessments(check: ImportCheck) {
  const {
    writes,
    lists,
    rowsOf,
    finish,
    activityOf,
    required,
    personOf,
    dateOf,
    listOf,
    newIds,
    identify,
    validate,
    dbRow,
  } = check;
  const { oldOther } = check.old;
  const madeAssessments = newIds();
  for (const r of rowsOf("assessments")) {
    const who = identify(r, oldOther.assessments ?? new Map(), madeAssessments);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const activity = activityOf(r);
    const v = validate(r, "assessment", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId") ?? "",
      assessment: listOf(r, "assessment", lists.lists.assessmentTypes),
      date: dateOf(r, "date") ?? "",
    });
    if (r.ok && v && activity)
      writes.records.push({ type: "assessment", id: who.id, row: dbRow("assessment", v, activity), activity });
    finish(r, true);
  }
}

/** Frivillige timer: new volunteer hours. */
export function checkVolunteerHours(check: ImportCheck) {
  const {
    writes,
    lists,
    rowsOf,
    finish,
    activityOf,
    required,
    personOf,
    dateOf,
    listOf,
    newIds,
    identify,
    validate,
    dbRow,
  } = check;
  const { oldOther } = check.old;
  const madeHours = newIds();
  for (const r of rowsOf("volunteerHours")) {
    const who = identify(r, oldOther.volunteerHours ?? new Map(), madeHours);
    if (who.existing) {
      finish(r, false);
      continue;
    }
    required(r);
    const activity = activityOf(r);
    const hours = cellDecimal(r.get("hours"));
    if (hours && !hours.ok) r.report("hours", "Skriv antal timer, fx 2,5.");
    const v = validate(r, "volunteerHours", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId") ?? "",
      date: dateOf(r, "date") ?? "",
      hours: hours?.ok ? hours.text : "",
      role: r.text("role") ? listOf(r, "role", lists.lists.volunteerRoles) : undefined,
    });
    if (r.ok && v && activity)
      writes.records.push({ type: "volunteerHours", id: who.id, row: dbRow("volunteerHours", v, activity), activity });
    finish(r, true);
  }
}
