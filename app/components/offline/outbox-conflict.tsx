import { VersionsTable } from "~/components/log/edit-conflict";
import { useTranslation } from "~/i18n/use-translation";
import { forgetWrite, keepMine, type OutboxEntry } from "~/offline/outbox-store";

/**
 * An edit from the phone that met a newer saved version ("Konflikt"): both versions field by field,
 * "Behold min" (sent again on top of the saved version) and "Brug den gemte" (the edit is dropped).
 */
export function OutboxConflict({ entry, onKeep }: { entry: OutboxEntry; onKeep: () => void }) {
  const { t } = useTranslation();
  if (!entry.conflict) return null;
  return (
    <div className="outbox-conflict">
      <strong className="d-block">{t("outbox.conflictLabel")}</strong>
      <span className="d-block form-error-message">{t("outbox.conflict")}</span>
      {entry.conflict.rows.length > 0 ? <VersionsTable rows={entry.conflict.rows} /> : null}
      <button type="button" className="button button-primary" onClick={() => void keepMine(entry).then(onKeep)}>
        {t("outbox.keepMine")}
      </button>{" "}
      <button type="button" className="button button-secondary" onClick={() => void forgetWrite(entry.key)}>
        {t("outbox.useSaved")}
      </button>
    </div>
  );
}
