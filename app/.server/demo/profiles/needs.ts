import type { MeasureFilters } from "~/plan-format/measure";
import type { ActivityProfile, ContactNeed, EventNeed, ReferralNeed } from "../demo-logbook-profiles";
import { maxOf } from "./targets";

/** Adds an event type to an activity, keeping the larger need of what it had and what is asked. */
export const addEventType = (p: ActivityProfile, type: string, need: EventNeed = {}) => {
  const had = p.eventTypes.get(type) ?? {};
  p.eventTypes.set(type, {
    perYear: maxOf(had.perYear, need.perYear),
    averageHeadcount: maxOf(had.averageHeadcount, need.averageHeadcount),
    named: had.named || need.named,
  });
};
/** The activity's contact needs, made when it has none. */
export const contactsOf = (p: ActivityProfile): ContactNeed => {
  p.contacts ??= { unit: "persons", topics: [] };
  return p.contacts;
};
/** The activity's referral needs (referrals come from contacts, so those too), made when it has none. */
export const referralsOf = (p: ActivityProfile): ReferralNeed => {
  p.referrals ??= { unit: "records", bodies: [] };
  contactsOf(p);
  return p.referrals;
};
/** Makes an activity's people fit a criterion's filters: its age band, residents, target-group tags. */
export const applyPersonFilters = (p: ActivityProfile, f: MeasureFilters) => {
  if (f.ageBand) {
    const min = f.ageBand.min ?? Math.max(0, p.ages.min);
    const max = f.ageBand.max ?? Math.max(min + 30, p.ages.max);
    p.ages = { min: Math.max(0, min - 2), max: max + 2, band: { min, max } };
  }
  if (f.residentsOnly) p.residentShare = Math.min(p.residentShare, 0.82);
  for (const tag of f.targetGroupTags ?? []) if (!p.tags.includes(tag)) p.tags.push(tag);
};
