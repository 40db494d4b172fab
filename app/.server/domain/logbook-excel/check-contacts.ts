import { errorText } from "../../errors";
import { isUuid } from "./cells";
import { lower } from "./existing-rows";
import type { ImportCheck } from "./import-check";

// The sheets Henvendelser (contacts) and Brobygning (referrals, perhaps from a contact).

/** Henvendelser: new contacts; returns the file's own contact references. */
export async function checkContacts(check: ImportCheck) {
  const { lists, activityOf, personOf, homeOf, dateOf, listOf, newIds, validate, newRows, record } = check;
  const { oldContacts } = check.old;
  const madeContacts = newIds();
  await newRows("contacts", oldContacts, madeContacts, (r, id) => {
    const activity = activityOf(r);
    const v = validate(r, "contact", {
      activityKey: activity?.key ?? "",
      participantId: personOf(r, "participantId"),
      householdId: homeOf(r, "householdId"),
      date: dateOf(r, "date") ?? "",
      topic: r.text("topic") ? listOf(r, "topic", lists.lists.topics) : undefined,
    });
    record(r, "contact", id, v, activity);
  });
  return madeContacts;
}

/** Brobygning: new referrals, each perhaps from a contact of the plan or the file. */
export async function checkReferrals(check: ImportCheck, madeContacts: Awaited<ReturnType<typeof checkContacts>>) {
  const { lists, activityOf, personOf, homeOf, dateOf, listOf, newIds, validate, newRows, record } = check;
  const { oldContacts, oldOther } = check.old;
  const madeReferrals = newIds();
  await newRows("referrals", oldOther.referrals ?? new Map(), madeReferrals, (r, id) => {
    const activity = activityOf(r);
    const contactRef = r.text("contactId");
    let contactId: string | null = null;
    if (contactRef) {
      const old = isUuid(contactRef) ? oldContacts.get(contactRef.toLowerCase()) : undefined;
      contactId = old ? (old.id as string) : (madeContacts.get(lower(contactRef))?.id ?? null);
      if (!contactId) r.report("contactId", errorText("excelContactUnknown", { ref: contactRef }));
    }
    const v = validate(r, "referral", {
      activityKey: activity?.key ?? "",
      contactId,
      participantId: personOf(r, "participantId"),
      householdId: homeOf(r, "householdId"),
      date: dateOf(r, "date") ?? "",
      receivingBody: listOf(r, "receivingBody", lists.lists.receivingBodies),
      result: r.text("result") || undefined,
    });
    record(r, "referral", id, v, activity);
  });
}
