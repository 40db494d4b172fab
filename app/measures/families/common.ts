import type { DateRange } from "~/plan-format/periods";
import { indexFacts, lowerBound } from "../fact-index";
import type { EventFact, LogbookFacts } from "../facts";

/** The ids once each, in the order first seen. */
export const distinct = (ids: Iterable<string>) => [...new Set(ids)];

/** Calls `visit` for every event dated in the period, in date order. */
export function forEventsIn(facts: LogbookFacts, period: DateRange, visit: (e: EventFact) => void) {
  const { eventsByDate, eventDates } = indexFacts(facts);
  for (let i = lowerBound(eventDates, period.start); i < eventsByDate.length; i++) {
    const e = eventsByDate[i];
    if (e.date > period.end) break;
    visit(e);
  }
}
