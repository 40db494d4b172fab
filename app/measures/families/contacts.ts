import type { Measure } from "~/plan-format/measure";
import type { DateRange } from "~/plan-format/periods";
import { indexFacts } from "../fact-index";
import type { ContactFact, LogbookFacts, ReferralFact } from "../facts";
import type { MeasureResult } from "../measure-result";
import type { MeasureScope } from "../scope";
import { distinct, recordsIn } from "./common";

/**
 * contacts / referrals, counted as records (default), distinct persons or distinct households (the
 * record's household, else the person's). With person filters only records naming a person who
 * passes them count.
 */
export function contactsOrReferrals(
  measure: Extract<Measure, { kind: "contacts" | "referrals" }>,
  facts: LogbookFacts,
  period: DateRange,
  scope: MeasureScope,
): MeasureResult {
  const participants = indexFacts(facts).participants;
  const isContacts = measure.kind === "contacts";
  const wanted = isContacts ? measure.topics : measure.receivingBodies;
  const allowed = wanted && wanted.length > 0 ? new Set(wanted) : null;
  const list: readonly (ContactFact | ReferralFact)[] = isContacts ? facts.contacts : facts.referrals;
  const records = recordsIn(facts, list, measure, scope, period, measure.kind, (r) => {
    const word = "topic" in r ? r.topic : r.receivingBody;
    return allowed === null || (word !== null && allowed.has(word));
  });
  const ids = records.map((r) => r.id);
  const recordsKey = isContacts ? "contacts" : "referrals";
  const people = distinct(records.flatMap((r) => (r.participantId === null ? [] : [r.participantId])));
  const count = measure.count ?? "records";
  if (count === "records") return { value: ids.length, counted: { [recordsKey]: ids, participants: people } };
  if (count === "persons") return { value: people.length, counted: { [recordsKey]: ids, participants: people } };
  const households = distinct(
    records.flatMap((r) => {
      const h =
        r.householdId ?? (r.participantId === null ? null : (participants.get(r.participantId)?.householdId ?? null));
      return h === null ? [] : [h];
    }),
  );
  return { value: households.length, counted: { [recordsKey]: ids, households, participants: people } };
}
