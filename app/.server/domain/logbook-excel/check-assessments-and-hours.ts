import { errorText } from "../../errors";
import { cellDecimal } from "./cells";
import type { ImportCheck } from "./import-check";

// The sheets Vurderinger (assessments) and Frivillige timer (volunteer hours).

/** Vurderinger: new assessments. */
export async function checkAssessments(check: ImportCheck) {
  const { lists, activityOf, personOf, dateOf, listOf, newIds, validate, newRows, record } = check;
  const { oldOther } = check.old;
  const madeAssessments = newIds();
  await newRows("assessments", oldOther.assessments ?? new Map(), madeAssessments, (r, id) => {
    const activity = activityOf(r);
    const v = validate(r, "assessment", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId") ?? "",
      assessment: listOf(r, "assessment", lists.lists.assessmentTypes),
      date: dateOf(r, "date") ?? "",
    });
    record(r, "assessment", id, v, activity);
  });
}

/** Frivillige timer: new volunteer hours. */
export async function checkVolunteerHours(check: ImportCheck) {
  const { lists, activityOf, personOf, dateOf, listOf, newIds, validate, newRows, record } = check;
  const { oldOther } = check.old;
  const madeHours = newIds();
  await newRows("volunteerHours", oldOther.volunteerHours ?? new Map(), madeHours, (r, id) => {
    const activity = activityOf(r);
    const hours = cellDecimal(r.get("hours"));
    if (hours && !hours.ok) r.report("hours", errorText("hoursExample"));
    const v = validate(r, "volunteerHours", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId") ?? "",
      date: dateOf(r, "date") ?? "",
      hours: hours?.ok ? hours.text : "",
      role: r.text("role") ? listOf(r, "role", lists.lists.volunteerRoles) : undefined,
    });
    record(r, "volunteerHours", id, v, activity);
  });
}
