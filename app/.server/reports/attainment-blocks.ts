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
 * How a figure is hidden from readers outside the organisation: a count of persons from 1 to
 * threshold − 1 ("count"), or a rate over a cohort of fewer persons ("rate"); null when it may be
 * shown. Tables, trend texts and charts all ask this, so a chart never draws what its table hides.
 */
export function hiddenOutside(kind: MeasureKind, actual: number | null, cohort: number, threshold = 5) {
  if (actual === null) return null;
  if (personKinds.has(kind) && actual > 0 && actual < threshold) return "count" as const;
  if (kind === "outcomeRate" && cohort > 0 && cohort < threshold) return "rate" as const;
  return null;
}

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
  return shown(row.actual, row.kind, row.counted.cohort?.length ?? 0, audience, threshold, lang);
}

function shown(
  actual: number | null,
  kind: MeasureKind,
  cohort: number,
  audience: Audience,
  threshold: number,
  lang: Language,
): string {
  const hidden = audience === "external" ? hiddenOutside(kind, actual, cohort, threshold) : null;
  if (hidden === "count" && actual !== null) return shownCount(actual, true, threshold);
  if (hidden === "rate") return getI18n(lang).t("reportDoc.hiddenRate", { threshold });
  return formatFigure(actual, kind, lang);
}

/** A criterion's figure in trend period `i` as the audience may see it. */
export function trendFigure(
  row: Pick<AttainmentView, "trend" | "trendCohorts" | "kind">,
  i: number,
  audience: Audience,
  lang: Language = "da",
): string {
  return shown(row.trend[i], row.kind, row.trendCohorts[i] ?? 0, audience, 5, lang);
}

/** A criterion's trend as a chart may draw it: a value the audience may not see is left out (a gap). */
export function drawnTrend(row: Pick<AttainmentView, "trend" | "trendCohorts" | "kind">, audience: Audience) {
  return row.trend.map((v, i) =>
    audience === "external" && hiddenOutside(row.kind, v, row.trendCohorts[i] ?? 0) ? null : v,
  );
}

export const targetText = (row: Pick<AttainmentView, "target" | "relativeTarget" | "kind">) =>
  row.target !== null
    ? plain(row.target, row.kind)
    : row.relativeTarget
      ? da(`criterion.relative.${row.relativeTarget}`)
      : "–";

/** The trend as text for tables and documents: "2016 1. kvt.: 4, 2. kvt.: 9 …". */
export function trendText(
  row: Pick<AttainmentView, "trend" | "trendCohorts" | "kind">,
  subPeriods: string[],
  audience: Audience,
): string {
  if (subPeriods.length <= 1) return "";
  return row.trend
    .map((_, i) => `${formatPeriodShort(subPeriods[i], da)}: ${trendFigure(row, i, audience)}`)
    .join(", ");
}
