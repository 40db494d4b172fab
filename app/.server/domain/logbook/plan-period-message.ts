import { formatDate } from "~/format/format";

/** The message for a date outside the plan's period, the same in forms and in the Excel import. */
export const outsidePlanPeriod = (period: { start: string; end: string }) =>
  `Datoen skal ligge i planens periode (${formatDate(period.start)} – ${formatDate(period.end)}).`;
