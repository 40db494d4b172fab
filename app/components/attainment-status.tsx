import type { TFunction } from "i18next";
import { useTranslation } from "~/i18n/use-translation";
import type { Status } from "~/measures/status";
import { Select } from "./form";

export type { Status as AttainmentStatus } from "~/measures/status";

/** A status in words and colour (never colour alone): opfyldt, ikke opfyldt, på vej, bagud, mangler mål, ingen data. */
export function StatusTag({ status }: { status: Status }) {
  const { t } = useTranslation();
  return statusTag(status, t);
}

/** The status tag with a translator at hand: a long table's rows do not each ask for one. */
export function statusTag(status: Status, t: TFunction) {
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
      <Select
        name="periode"
        label={label}
        options={choices.map((c) => ({ value: c.id, label: c.label, group: c.group }))}
        groups={groups.map((g) => ({ key: g, label: t(`attainment.periodGroups.${g}`) }))}
        defaultValue={value}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
      />
      <button type="submit" className="button button-secondary">
        {t("attainment.show")}
      </button>
    </form>
  );
}
