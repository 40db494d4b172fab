import { formatNumber, formatPeriodShort } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import type { Criterion } from "~/plan-format/criterion";

/** A criterion as the pages show it: the plan's wording, the rule that computes it, the targets. */
export interface CriterionView {
  key: string;
  text: string;
  rule: string;
  direction: Criterion["direction"];
  targets: Criterion["targets"];
  baseline?: Criterion["baseline"];
  note?: string;
}

/** Success criteria with their targets per period and what is counted. */
export function CriteriaTable({ criteria, caption }: { criteria: CriterionView[]; caption: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  if (criteria.length === 0) return <p>{t("criterion.none")}</p>;
  const target = (x: Criterion["targets"][number]) =>
    x.value !== undefined ? formatNumber(x.value, lang) : t(`criterion.relative.${x.relative}`);
  return (
    <table className="table table--responsive-headers criteria-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("criterion.text")}</th>
          <th scope="col">{t("criterion.targets")}</th>
          <th scope="col">{t("criterion.rule")}</th>
        </tr>
      </thead>
      <tbody>
        {criteria.map((c) => (
          <tr key={c.key} id={`kriterium-${c.key}`}>
            <td data-title={t("criterion.text")}>
              {c.text}
              {c.note ? <p className="form-hint">{c.note}</p> : null}
            </td>
            <td data-title={t("criterion.targets")}>
              {c.targets.length === 0 ? (
                t("criterion.noTarget")
              ) : (
                <ul className="unstyled-list">
                  {c.targets.map((x) => (
                    <li key={x.period}>
                      {formatPeriodShort(x.period, t)}: <strong>{target(x)}</strong>
                    </li>
                  ))}
                </ul>
              )}
              <span className="form-hint">{t(`criterion.direction.${c.direction}`)}</span>
              {c.baseline ? (
                <span className="form-hint">
                  {" · "}
                  {t("criterion.baseline")}:{" "}
                  {[
                    c.baseline.value !== undefined ? formatNumber(c.baseline.value, lang) : undefined,
                    c.baseline.period ? formatPeriodShort(c.baseline.period, t) : undefined,
                    c.baseline.note,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </span>
              ) : null}
            </td>
            <td data-title={t("criterion.rule")}>{c.rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
