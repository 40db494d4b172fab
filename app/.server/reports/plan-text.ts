import { formatDate, formatDue, formatNumber, formatPeriodShort } from "~/format/format";
import { getI18n } from "~/i18n";
import type { Activity, Staffing } from "~/plan-format/activity";
import type { Criterion, Target } from "~/plan-format/criterion";
import type { FocusArea, PlanFile } from "~/plan-format/plan";
import type { Block } from "./document";

/** Texts for plan reports: Danish numbers, dates and periods, as the source documents write them. */
const t = getI18n("da").t;

/** An amount as "1.200.000 kr."; an unknown amount (null) is "?" as in the plans' budget tables. */
export const amountText = (value: number | null | undefined) =>
  value === null || value === undefined ? "?" : `${formatNumber(value)} kr.`;

/** "1. januar 2017 – 31. december 2020". */
export const planPeriodText = (plan: PlanFile) => `${formatDate(plan.period.start)} – ${formatDate(plan.period.end)}`;

/** A period for a table header: "2017", "Planår 1", "1. halvår 2018", "Hele planperioden". */
export const periodText = (period: string) => formatPeriodShort(period, t);

/** A milestone's due date or quarter: "30. november 2017", "1. kvartal 2013", "2018". */
export const dueText = (due: string) => formatDue(due, t);

/** Plan kinds as a reader says them. */
export const kindText: Record<PlanFile["kind"], string> = {
  helhedsplan: "Boligsocial helhedsplan",
  tryghedsplan: "Tryghedsplan",
  projekt: "Projekt",
};

const superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** A footnote mark after a cell: "¹" for key 1, "[a]" for other keys; empty without a key. */
export const noteMark = (key?: string) =>
  !key ? "" : /^\d+$/.test(key) ? [...key].map((d) => superscripts[Number(d)]).join("") : `[${key}]`;

/** The unit of a criterion's numbers: "%" for percentages, "kr." for amounts, else none. */
function unitOf(c: Criterion): string {
  const m = c.measure;
  if (m.kind === "outcomeRate") return " %";
  if (m.kind === "externalStatistic" || m.kind === "survey")
    return m.unit === "percent" ? " %" : m.unit === "dkk" ? " kr." : m.unit === "per10000" ? " pr. 10.000" : "";
  return "";
}

function targetText(c: Criterion, target: Target): string {
  const value =
    target.value !== undefined
      ? `${formatNumber(target.value)}${unitOf(c)}`
      : t(`criterion.relative.${target.relative}`);
  return `${periodText(target.period)}: ${value}${target.note ? ` (${target.note})` : ""}`;
}

/** All targets of a criterion in one cell: "2017: 3; 2018: 3"; "Intet tal" without targets. */
export const targetsText = (c: Criterion) =>
  c.targets.length ? c.targets.map((x) => targetText(c, x)).join("; ") : "Intet tal";

/** Where a criterion starts from: "33,3 % (2010)", "8 (1. halvår 2014)", "–". */
export function baselineText(c: Criterion): string {
  const b = c.baseline;
  if (!b) return "–";
  const when = b.date ? formatDate(b.date) : b.period ? periodText(b.period) : undefined;
  const value = b.value !== undefined ? `${formatNumber(b.value)}${unitOf(c)}` : undefined;
  const main = value && when ? `${value} (${when})` : (value ?? (when ? `Måles ${when}` : ""));
  const comparison =
    b.comparisonValue !== undefined ? `sammenligning: ${formatNumber(b.comparisonValue)}${unitOf(c)}` : "";
  return [main, comparison, b.note].filter(Boolean).join("; ") || "–";
}

/** Hours a role works on an activity: "10", "10–15 (gennemsnit over året)", "0,5 årsværk". */
export function hoursText(s: Staffing): string {
  const hours =
    s.hoursPerWeek === undefined
      ? ""
      : s.hoursPerWeekMax !== undefined
        ? `${formatNumber(s.hoursPerWeek)}–${formatNumber(s.hoursPerWeekMax)}`
        : formatNumber(s.hoursPerWeek);
  const fte = s.fte !== undefined ? `${formatNumber(s.fte)} årsværk` : "";
  const parts = [hours, fte].filter(Boolean).join(" / ");
  return parts ? `${parts}${s.averaged ? " (gennemsnit over året)" : ""}` : "Ikke angivet";
}

/** The names of the plan's partners with the given keys, in the given order. */
export const partnerNames = (plan: PlanFile, keys: string[]) =>
  keys.map((k) => plan.partners.find((p) => p.key === k)?.name ?? k);

/** A partner's name, or the key when the plan does not list it. */
export const partnerName = (plan: PlanFile, key: string | undefined) =>
  key ? (plan.partners.find((p) => p.key === key)?.name ?? key) : "";

/** Who is responsible for an activity: the free text, else the partners' names. */
export function responsibleText(plan: PlanFile, a: Activity): string {
  const r = a.responsible;
  if (!r) return "";
  return r.text ?? partnerNames(plan, r.partners).join(", ");
}

/** "1.1 Dialog, kommunikation og begivenheder". */
export const activityHeading = (a: Pick<Activity, "number" | "title">) =>
  a.number ? `${a.number} ${a.title}` : a.title;

/** "Indsatsområde 1: Dialog og kommunikation". */
export const focusAreaHeading = (f: Pick<FocusArea, "number" | "title">) =>
  `Indsatsområde${f.number ? ` ${f.number}` : ""}: ${f.title}`;

/**
 * Free text as paragraph blocks. YAML folded text keeps one newline between paragraphs; the
 * renderers split on blank lines, so single newlines become paragraph breaks here.
 */
export function paragraphs(text: string | undefined): Block[] {
  if (!text) return [];
  return [{ kind: "paragraph", text: text.trim().replace(/\n+/g, "\n\n") }];
}

/** The first sentence of a text, at most about `max` characters (cut at a word, with "…"). */
export function firstSentence(text: string | undefined, max = 160): string {
  if (!text) return "";
  const flat = text.replace(/\s+/g, " ").trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(flat)?.[1] ?? flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:–-]$/, "")} …`;
}
