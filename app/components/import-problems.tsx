import type { ImportProblem } from "~/.server/domain/logbook-excel/validate-import";
import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { FormMessage } from "./form";

/** The problems that stop a logbook import (nothing is saved): a message, the first problems, and how many there are. */
export function ImportProblems({
  problems,
  problemCount,
  message,
}: {
  problems: ImportProblem[];
  problemCount: number;
  message?: string;
}) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language as Language);
  return (
    <>
      <FormMessage message={message ?? t("logExcel.problems", { count: problemCount })} />
      <p>{t("logExcel.problemsHint")}</p>
      {problems.length > 0 ? (
        <table className="table table--responsive-headers excel-problems">
          <caption>{t("logExcel.problemsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("logExcel.sheet")}</th>
              <th scope="col">{t("logExcel.row")}</th>
              <th scope="col">{t("logExcel.column")}</th>
              <th scope="col">{t("logExcel.problem")}</th>
            </tr>
          </thead>
          <tbody>
            {problems.map((p) => (
              <tr key={`${p.sheet}|${p.row}|${p.cell}|${p.message}`}>
                <td data-title={t("logExcel.sheet")}>{p.sheet}</td>
                <td data-title={t("logExcel.row")}>{p.row}</td>
                <td data-title={t("logExcel.column")}>
                  {p.column ? `${p.column}${p.cell ? ` (${p.cell})` : ""}` : "–"}
                </td>
                <td data-title={t("logExcel.problem")}>{p.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {problemCount > problems.length ? (
        <p className="form-hint">{t("logExcel.shownFirst", { shown: n(problems.length), count: problemCount })}</p>
      ) : null}
    </>
  );
}
