import type { Budget, BudgetLine } from "~/plan-format/budget";
import type { PlanFile } from "~/plan-format/plan";
import type { FieldSpec, FormValues } from "../fields";
import { activityOptions, fillKeys, none } from "./options";
import type { EditorSection } from "./section";

/** The years a budget table shows: every year of the plan period and any year already budgeted. */
export function budgetYears(plan: PlanFile): number[] {
  const years = new Set<number>();
  for (let y = Number(plan.period.start.slice(0, 4)); y <= Number(plan.period.end.slice(0, 4)); y++) years.add(y);
  for (const line of plan.budget?.lines ?? []) for (const a of line.amounts) years.add(a.year);
  return [...years].sort((a, b) => a - b);
}

const empty: Budget = { sources: [], lines: [], footnotes: [], statedTotals: [] };

/** Økonomi: funding sources (local or not), lines per activity and source with an amount per year, footnotes, totals. */
export const budgetSection: EditorSection = {
  id: "oekonomi",
  titleKey: "editor.sections.budget",
  fields: (plan, t): FieldSpec[] => {
    const sources = (plan.budget?.sources ?? []).map((s) => ({ value: s.key, label: s.name }));
    const footnotes = (plan.budget?.footnotes ?? []).map((f) => ({ value: f.key, label: f.key }));
    return [
      {
        name: "sources",
        label: t("editor.f.sources"),
        kind: "rows",
        hint: t("editor.hints.sources"),
        columns: [
          { name: "key", label: t("editor.f.key"), kind: "text", width: "s" },
          { name: "name", label: t("editor.f.name"), kind: "text", width: "l" },
          { name: "local", label: t("editor.f.local"), kind: "checkbox", width: "s" },
        ],
      },
      {
        name: "lines",
        label: t("editor.f.lines"),
        kind: "rows",
        hint: t("editor.hints.lines-budget"),
        columns: [
          { name: "label", label: t("editor.f.lineLabel"), kind: "text", width: "l" },
          {
            name: "activity",
            label: t("editor.f.activity"),
            kind: "select",
            options: [none(t), ...activityOptions(plan)],
          },
          { name: "source", label: t("editor.f.source"), kind: "select", options: [none(t), ...sources] },
          ...budgetYears(plan).map(
            (y) => ({ name: `y${y}`, label: String(y), kind: "number", width: "s" }) as FieldSpec,
          ),
          { name: "footnote", label: t("editor.f.footnote"), kind: "select", options: [none(t), ...footnotes] },
          { name: "note", label: t("editor.f.note"), kind: "text", width: "m" },
        ],
      },
      {
        name: "footnotes",
        label: t("editor.f.footnotes"),
        kind: "rows",
        columns: [
          { name: "key", label: t("editor.f.key"), kind: "text", width: "s" },
          { name: "text", label: t("editor.f.text"), kind: "text", width: "xl" },
        ],
      },
      {
        name: "statedTotals",
        label: t("editor.f.statedTotals"),
        kind: "rows",
        hint: t("editor.hints.statedTotals"),
        columns: [
          { name: "year", label: t("editor.f.year"), kind: "number", width: "s" },
          { name: "amount", label: t("editor.f.amount"), kind: "number", width: "m" },
          { name: "note", label: t("editor.f.note"), kind: "text", width: "l" },
        ],
      },
      { name: "note", label: t("editor.f.note"), kind: "textarea" },
    ];
  },
  read(plan) {
    const budget = plan.budget ?? empty;
    return {
      ...budget,
      lines: budget.lines.map((l) => ({
        ...l,
        ...Object.fromEntries(l.amounts.map((a) => [`y${a.year}`, a.amount])),
      })),
    };
  },
  write(plan, values) {
    const years = budgetYears(plan);
    const old = plan.budget ?? empty;
    const lines = ((values.lines as FormValues[]) ?? []).map((row): BudgetLine => {
      const before = old.lines.find((l) => l.label === row.label);
      return {
        label: row.label as string,
        activity: row.activity as string | undefined,
        source: row.source as string | undefined,
        footnote: row.footnote as string | undefined,
        note: row.note as string | undefined,
        amounts: years
          .filter((y) => row[`y${y}`] !== undefined)
          .map((year) => ({
            year,
            amount: row[`y${year}`] as number | null,
            // A footnote on a single amount (not editable here) stays with its line and year.
            footnote: before?.amounts.find((a) => a.year === year)?.footnote,
          })),
      };
    });
    const budget: Budget = {
      sources: fillKeys((values.sources as Budget["sources"]) ?? [], (s) => s.name),
      lines,
      footnotes: fillKeys((values.footnotes as Budget["footnotes"]) ?? [], (f) => f.text),
      statedTotals: (values.statedTotals as Budget["statedTotals"]) ?? [],
      note: values.note as string | undefined,
    };
    const isEmpty =
      !budget.sources.length &&
      !lines.length &&
      !budget.footnotes.length &&
      !budget.statedTotals.length &&
      !budget.note;
    plan.budget = isEmpty && !plan.budget ? undefined : budget;
    return { path: ["budget"] };
  },
};
