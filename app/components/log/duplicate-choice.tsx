import { useTranslation } from "~/i18n/use-translation";

/** A walk-in that looks like someone registered: tick the existing person, or create the new one anyway. */
export function DuplicateChoice({
  duplicates,
}: {
  duplicates: { id: string; code: string; initials: string | null; birthYear: number | null }[];
}) {
  const { t } = useTranslation();
  return (
    <div className="alert alert-warning" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{t("log.duplicatesTitle")}</p>
        <ul className="nobullet-list">
          {duplicates.map((p) => (
            <li key={p.id}>
              <button type="submit" name="existing" value={p.id} className="button button-secondary">
                {t("attendance.useExisting", { who: `${p.initials ?? ""} · ${p.code} · ${p.birthYear ?? ""}` })}
              </button>
            </li>
          ))}
        </ul>
        <button type="submit" name="intent" value="confirm-new" className="button button-secondary">
          {t("log.createAnyway")}
        </button>
      </div>
    </div>
  );
}
