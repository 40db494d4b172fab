import { formatDate } from "~/format/format";
import { type Block, h1 } from "./document";
import type { ReportLanguage } from "./report-language";
import { compactTable } from "./table-block";

/** An action agreed on a safety walk (tryghedsvandring) and not yet done. */
export interface WalkAction {
  date: string;
  walk: string;
  problem: string;
  action: string;
  responsible: string;
  status: string;
}

/** The open actions of the plan's safety walks as a report section (none when there are none). */
export function walkActionBlocks(actions: WalkAction[], l: ReportLanguage): Block[] {
  if (actions.length === 0) return [];
  return [
    h1(l.t("reportDoc.walks.title")),
    compactTable(
      [
        { label: l.t("reportDoc.walks.walk") },
        { label: l.t("reportDoc.walks.problem") },
        { label: l.t("reportDoc.walks.action") },
        { label: l.t("reportDoc.walks.responsible"), keep: true },
        { label: l.t("reportDoc.walks.status"), keep: true },
      ],
      actions.map((w) => [
        `${w.walk} (${formatDate(w.date, l.lang)})`,
        w.problem,
        w.action,
        w.responsible,
        l.t(`reportDoc.walks.statuses.${w.status}`, { defaultValue: w.status }),
      ]),
    ),
  ];
}
