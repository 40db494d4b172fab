import { randomUUID } from "node:crypto";
import { errorText } from "../../errors";
import { participantInputSchema, participantRuleProblems } from "../logbook/participant-input";
import { cellYesNo } from "./cells";
import { lower } from "./existing-rows";
import type { ImportCheck } from "./import-check";

// The sheets Deltagere (new participants, pseudonymous, with their households) and Hold (rosters).

/** Deltagere: new participants, their activity's roster and households. */
export async function checkParticipants(check: ImportCheck) {
  const { writes, settings, lists, rowsOf, finish, activityOf, newPeople, newHomes, integerOf } = check;
  const { personByCode, homeByCode, onRoster } = check.old;
  for (const r of rowsOf("participants")) {
    await check.tick();
    const ref = r.text("ref");
    if (!ref) {
      r.report("ref", errorText("excelParticipantRef"));
      finish(r, false);
      continue;
    }
    if (personByCode.has(lower(ref))) {
      finish(r, false);
      continue;
    }
    const before = newPeople.get(lower(ref));
    if (before) r.report("ref", errorText("excelParticipantTwice", { ref, row: before.row }));
    const id = randomUUID();
    if (!before) newPeople.set(lower(ref), { id, row: r.row });
    const activity = activityOf(r, "person.write");
    const gender = r.text("gender") ? lists.lists.genders.resolve(r.text("gender")) : "unknown";
    if (!gender) r.report("gender", errorText("excelGender"));
    const yesNo = (field: string, fallback: boolean) => {
      const v = cellYesNo(r.get(field));
      if (v === "bad") r.report(field, errorText("excelYesNo"));
      return v === undefined || v === "bad" ? fallback : v;
    };
    const input = {
      initials: r.text("initials") || undefined,
      birthYear: integerOf(r, "birthYear"),
      gender: gender ?? "unknown",
      departmentNumber: r.text("departmentNumber")
        ? (lists.lists.departments.resolve(r.text("departmentNumber")) ?? r.text("departmentNumber"))
        : undefined,
      targetGroupTags: r
        .text("targetGroupTags")
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => lists.lists.targetGroupTags.resolve(s) ?? s),
      resident: yesNo("resident", true),
      volunteer: yesNo("volunteer", false),
    };
    const parsed = participantInputSchema.safeParse(input);
    let householdId: string | null = null;
    const home = r.text("household");
    if (home) {
      householdId = homeByCode.get(lower(home)) ?? newHomes.get(lower(home)) ?? null;
      if (!householdId) {
        householdId = randomUUID();
        newHomes.set(lower(home), householdId);
        writes.households.push({ id: householdId, departmentNumber: input.departmentNumber ?? null });
      }
    }
    if (!parsed.success)
      r.reportPaths(parsed.error.issues.map((i) => ({ path: String(i.path[0] ?? ""), message: i.message })));
    else r.reportPaths(participantRuleProblems(parsed.data, settings));
    if (r.ok && activity && parsed.success) {
      writes.participants.push({ id, activity, data: parsed.data, householdId });
      onRoster.set(`${activity.id}:${id}`, true);
    }
    finish(r, true);
  }
}

/** A note when new participants look like ones already in the plan (same initials and birth year). */
export function noteLikelyDuplicates(check: ImportCheck) {
  const { notes, writes } = check;
  const { people } = check.old;
  const likely = writes.participants.filter((p) =>
    people.some(
      (o) =>
        !o.deletedAt &&
        !o.erasedAt &&
        o.birthYear === p.data.birthYear &&
        p.data.initials &&
        (o.initials ?? "").toUpperCase() === p.data.initials.toUpperCase(),
    ),
  );
  if (likely.length > 0) notes.push(errorText("excelLikelySamePeople", { count: likely.length }));
}

/** Hold: more activities' rosters. */
export async function checkRoster(check: ImportCheck) {
  const { writes, rowsOf, finish, activityOf, required, personOf, refuseGoneIfNew } = check;
  const { onRoster } = check.old;
  for (const r of rowsOf("roster")) {
    await check.tick();
    required(r);
    const activity = activityOf(r);
    const person = personOf(r, "participantId", true);
    const key = activity && person ? `${activity.id}:${person}` : "";
    const existing = key ? onRoster.get(key) === true : false;
    refuseGoneIfNew(r, person, existing);
    if (r.ok && activity && person && !existing) {
      writes.roster.push({ activityId: activity.id, participantId: person });
      onRoster.set(key, true);
    }
    finish(r, !existing);
  }
}
