import { formatDate, formatNumber } from "~/format/format";
import type { PlanFile } from "~/plan-format/plan";
import { type Block, h2 } from "./document";
import { paragraphs, periodText } from "./plan-text";
import { compactTable } from "./table-block";

type Area = PlanFile["areas"][number];
type Statistic = Area["statistics"][number];

/** A figure with its unit: "33,3 %", "12 pr. 10.000 beboere", "215.000 kr.". */
export function statisticValue(value: number, unit: Statistic["unit"]): string {
  const n = formatNumber(value);
  return { percent: `${n} %`, count: n, per10000: `${n} pr. 10.000 beboere`, dkk: `${n} kr.` }[unit];
}

const sum = (values: (number | undefined)[]) =>
  values.some((v) => v !== undefined) ? formatNumber(values.reduce<number>((s, v) => s + (v ?? 0), 0)) : "";

function departmentsTable(area: Area): Block[] {
  const d = area.departments;
  if (d.length === 0) return [];
  return [
    compactTable(
      [
        { label: "Afdeling", width: 60 },
        { label: "Navn", width: 110 },
        { label: "Lejemål", align: "right", width: 60 },
        { label: "Beboere", align: "right", width: 60 },
        { label: "Bemærkning" },
      ],
      d.map((x) => [
        x.number,
        x.name,
        x.tenancies !== undefined ? formatNumber(x.tenancies) : "",
        x.residents !== undefined ? formatNumber(x.residents) : "",
        x.note ?? "",
      ]),
      {
        caption: `Afdelinger i ${area.name}`,
        footer:
          d.length > 1 ? ["I alt", "", sum(d.map((x) => x.tenancies)), sum(d.map((x) => x.residents)), ""] : undefined,
      },
    ),
  ];
}

function statisticsTable(area: Area): Block[] {
  if (area.statistics.length === 0) return [];
  return [
    compactTable(
      [
        { label: "Nøgletal", width: 150 },
        { label: "Området", align: "right", width: 70 },
        { label: "Sammenligning", width: 95 },
        { label: "Periode", width: 60 },
        { label: "Kilde" },
      ],
      area.statistics.map((s) => [
        s.label,
        statisticValue(s.value, s.unit),
        s.comparison ? `${statisticValue(s.comparison.value, s.unit)} (${s.comparison.area})` : "",
        s.date ? formatDate(s.date) : s.period ? periodText(s.period) : "",
        s.source ?? "",
      ]),
      { caption: `Nøgletal for ${area.name}` },
    ),
  ];
}

/** The housing areas: description, departments (number, lejemål, residents) and the area statistics. */
export function areaBlocks(plan: PlanFile): Block[] {
  return plan.areas.flatMap((area) => [
    h2(area.name),
    ...paragraphs(area.description),
    ...departmentsTable(area),
    ...statisticsTable(area),
  ]);
}

/** Totals over all departments of the plan: number of departments, lejemål and residents. */
export function areaTotals(plan: PlanFile) {
  const departments = plan.areas.flatMap((a) => a.departments);
  const total = (pick: (d: (typeof departments)[number]) => number | undefined) =>
    departments.some((d) => pick(d) !== undefined) ? departments.reduce((s, d) => s + (pick(d) ?? 0), 0) : undefined;
  return {
    departments: departments.length,
    tenancies: total((d) => d.tenancies),
    residents: total((d) => d.residents),
  };
}
