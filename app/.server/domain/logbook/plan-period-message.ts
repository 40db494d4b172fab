import { formatDate } from "~/format/format";
import { errorText } from "../../errors";

/** The values of the message `dateOutsidePlanPeriod`: the period's first and last day, written out. */
export const planPeriodParams = (period: { start: string; end: string }) => ({
  start: formatDate(period.start),
  end: formatDate(period.end),
});

/** The message for a date outside the plan's period, the same in forms and in the Excel import. */
export const outsidePlanPeriod = (period: { start: string; end: string }) =>
  errorText("dateOutsidePlanPeriod", planPeriodParams(period));
