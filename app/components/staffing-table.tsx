import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import type { Staffing } from "~/plan-format/activity";

/** Staff hours as the plan writes them: role and hours per week, a range, averaged, or årsværk. */
export function StaffingTable({ staffing, caption }: { staffing: Staffing[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const hours = (s: Staffing) => {
    const parts: string[] = [];
    if (s.hoursPerWeek !== undefined)
      parts.push(
        s.hoursPerWeekMax !== undefined
          ? t("activity.hoursRange", {
              from: formatNumber(s.hoursPerWeek, lang),
              to: formatNumber(s.hoursPerWeekMax, lang),
            })
          : t("activity.hoursValue", { hours: formatNumber(s.hoursPerWeek, lang) }),
      );
    if (s.fte !== undefined) parts.push(t("activity.fte", { fte: formatNumber(s.fte, lang) }));
    if (s.averaged) parts.push(t("activity.averaged"));
    return parts.join(", ") || "–";
  };
  return (
    <table className="table table--responsive-headers">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("activity.role")}</th>
          <th scope="col">{t("activity.hours")}</th>
        </tr>
      </thead>
      <tbody>
        {staffing.map((s) => (
          <tr key={`${s.role}${s.hoursPerWeek}${s.note ?? ""}`}>
            <td data-title={t("activity.role")}>
              {s.role}
              {s.note ? <span className="form-hint d-block">{s.note}</span> : null}
            </td>
            <td data-title={t("activity.hours")}>{hours(s)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
