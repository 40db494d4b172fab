import { useTranslation } from "react-i18next";
import type { Status } from "~/measures/status";

export type { Status as AttainmentStatus } from "~/measures/status";

/** A status in words and colour (never colour alone): opfyldt, ikke opfyldt, på vej, bagud, mangler mål, ingen data. */
export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`status-tag status-${status}`}>{t(`attainment.statuses.${status}`)}</span>;
}

/** The period switcher: a GET form, so every period has its own address and works without JavaScript. */
export function PeriodSwitcher({
  choices,
  value,
  label,
}: {
  choices: { group: string; id: string; label: string }[];
  value: string;
  label: string;
}) {
  const { t } = useTranslation();
  const groups = [...new Set(choices.map((c) => c.group))];
  return (
    <form method="get" className="period-switcher">
      <div className="form-group">
        <label className="form-label" htmlFor="felt-periode">
          {label}
        </label>
        <select
          className="form-select"
          id="felt-periode"
          name="periode"
          defaultValue={value}
          onChange={(e) => e.currentTarget.form?.requestSubmit()}
        >
          {groups.map((g) => (
            <optgroup key={g} label={t(`attainment.periodGroups.${g}`)}>
              {choices
                .filter((c) => c.group === g)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="button button-secondary">
        {t("attainment.show")}
      </button>
    </form>
  );
}
