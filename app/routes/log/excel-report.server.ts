import type { ImportReport } from "~/.server/domain/logbook-excel/logbook-excel";
import type { SheetKey } from "~/.server/domain/logbook-excel/sheet-types";
import { sheets } from "~/.server/domain/logbook-excel/sheets";

/** Problems shown on the page; the rest are counted (the command line lists them all). */
const shownProblems = 500;

/** What the page shows of a check: counts, the first problems, notes, and a sheet to map. */
export function pageReport(report: ImportReport) {
  const name = (key: SheetKey) => sheets.find((s) => s.key === key)?.name ?? key;
  const request = report.mappingNeeded[0];
  return {
    ready: report.ready,
    counts: report.counts
      .filter((c) => c.rows > 0)
      .map((c) => ({ ...c, targetName: name(c.target), layout: c.layout })),
    problems: report.problems.slice(0, shownProblems),
    problemCount: report.problems.length,
    notes: report.notes,
    totals: report.totals,
    mapping: request ? { ...request, more: report.mappingNeeded.length - 1 } : undefined,
  };
}

/** The Excel page's answer to a check or a mapping: the staged upload and what the page shows of the check. */
export type ExcelAnswer = {
  intent: string;
  error?: string;
  uploadId?: string;
  fileName?: string;
  report?: ReturnType<typeof pageReport>;
};
