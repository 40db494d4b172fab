import { useTranslation } from "~/i18n/use-translation";
import { FormMessage, PostForm } from "./form";

interface Prompted {
  period: string;
  prompts: { scope: string; label: string; hint?: string; missing: boolean }[];
  notes: Record<string, string>;
}

/**
 * The texts a report asks for before it is made (summary, each focus area, each criterion behind
 * or ikke opfyldt), saved per period, with what is still missing listed at the top.
 */
export function ReportPrompts({ d, error, saved }: { d: Prompted; error?: string; saved: boolean }) {
  const { t } = useTranslation();
  const missing = d.prompts.filter((p) => p.missing);
  return (
    <section className="report-notes" id="tekster" aria-labelledby="notes-heading">
      <h2 id="notes-heading">{t("reports.notesTitle")}</h2>
      <p>{t("reports.notesIntro")}</p>
      {saved ? <FormMessage kind="success" message={t("reports.notesSaved")} /> : null}
      <FormMessage message={error} />
      {missing.length ? (
        <div className="alert alert-warning report-notes-missing" role="status">
          <div className="alert-body">
            <p className="alert-heading">
              {t("reports.notesMissing", { count: missing.length, total: d.prompts.length })}
            </p>
            <ul className="alert-text">
              {missing.map((p) => (
                <li key={p.scope}>
                  <a href={`#note-${p.scope}`}>{p.label}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <FormMessage kind="info" message={t("reports.notesComplete")} />
      )}
      <PostForm>
        <input type="hidden" name="periode" value={d.period} />
        {d.prompts.map((n) => (
          <div className="form-group" key={n.scope}>
            <label className="form-label" htmlFor={`note-${n.scope}`}>
              {n.label}
              {n.missing ? <span className="form-hint"> ({t("reports.notWritten")})</span> : null}
            </label>
            {n.hint ? <span className="form-hint">{n.hint}</span> : null}
            <textarea
              className="form-input"
              id={`note-${n.scope}`}
              name={`note:${n.scope}`}
              rows={3}
              defaultValue={d.notes[n.scope] ?? ""}
            />
          </div>
        ))}
        <button type="submit" className="button button-secondary">
          {t("reports.saveNotes")}
        </button>
      </PostForm>
    </section>
  );
}
