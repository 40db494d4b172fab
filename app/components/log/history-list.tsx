import { formatDateTime } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";

/** The history of an entry: what happened, when and what changed (identifying fields only as "changed"). */
export function HistoryList({
  history,
}: {
  history: { action: string; at: string; changes: Record<string, unknown> }[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const label = (field: string) => t(`log.fields.${field.replace(/Enc$/, "")}`, { defaultValue: field });
  if (history.length === 0) return null;
  return (
    <section className="plan-section">
      <h2>{t("log.history")}</h2>
      <ol className="history-list">
        {history.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: history lines are listed in their fixed order
          <li key={i}>
            <strong>{t(`log.actions.${h.action}`)}</strong> {formatDateTime(h.at, lang)}
            {Object.keys(h.changes).length > 0 ? (
              <span className="form-hint d-block">
                {Object.entries(h.changes)
                  .map(([field, change]) =>
                    change === "changed"
                      ? `${label(field)}: ${t("log.changedHidden")}`
                      : `${label(field)}: ${fmt((change as { from?: unknown }).from)} → ${fmt((change as { to?: unknown }).to)}`,
                  )
                  .join("; ")}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function fmt(value: unknown): string {
  if (value === undefined || value === null || value === "") return "–";
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}
