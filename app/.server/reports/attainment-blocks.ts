import type { AttainmentView } from "~/.server/domain/attainment/plan-attainment";
import { formatFigure, formatPeriodShort } from "~/format/format";
import { getI18n, type Language } from "~/i18n";
import { statuses } from "~/measures/status";
import type { MeasureKind } from "~/plan-format/measure";
import { shownCount } from "./suppression";

/** Danish texts for the reports (documents are Danish whatever the reader's interface language). */
export const da = getI18n("da").t;

export const statusWords = Object.fromEntries(statuses.map((s) => [s, da(`attainment.statuses.${s}`)])) as Record<
  AttainmentView["status"],
  string
>;

/** Measures that count distinct persons (or households): small values of these are hidden for outside readers. */
const personKinds = new Set<MeasureKind>([
  "participants",
  "households",
  "volunteers",
  "assessments",
  "coursesStarted",
  "funnelStage",
  "outcomes",
  "followUp",
  "actionPlans",
  "contacts",
  "referrals",
]);

/** Who a report is for: the organisation itself, or readers outside it (small numbers hidden). */
export type Audience = "internal" | "external";

const plain = (v: number | null, kind: MeasureKind) => formatFigure(v, kind);

/**
 * A figure as the audience may see it: for outside readers a count of persons from 1 to 4 is
 * shown as "<5", and a rate over a cohort of fewer than 5 persons is hidden.
 */
export function figure(
  row: Pick<AttainmentView, "actual" | "kind" | "counted">,
  audience: Audience,
  threshold = 5,
  lang: Language = "da",
): string {
  if (audience === "external" && row.actual !== null) {
    if (personKinds.has(row.kind) && row.actual > 0 && row.actual < threshold)
      return shownCount(row.actual, true, threshold);
    const cohort = row.counted.cohort?.length ?? 0;
    if (row.kind === "outcomeRate" && cohort > 0 && cohort < threshold)
      return getI18n(lang).t("reportDoc.hiddenRate", { threshold });
  }
  return formatFigure(row.actual, row.kind, lang);
}

export const targetText = (row: Pick<AttainmentView, "target" | "relativeTarget" | "kind">) =>
  row.target !== null
    ? plain(row.target, row.kind)
    : row.relativeTarget
      ? da(`criterion.relative.${row.relativeTarget}`)
      : "–";

/** The trend as text for tables and documents: "2016 1. kvt.: 4, 2. kvt.: 9 …". */
export function trendText(
  row: Pick<AttainmentView, "trend" | "kind" | "counted">,
  subPeriods: string[],
  audience: Audience,
): string {
  if (subPeriods.length <= 1) return "";
  return row.trend
    .map(
      (v, i) =>
        `${formatPeriodShort(subPeriods[i], da)}: ${figure({ actual: v, kind: row.kind, counted: {} }, audience)}`,
    )
    .join(", ");
}
