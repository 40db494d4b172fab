import { useEffect, useState } from "react";
import type { ImportJobStatus } from "~/.server/domain/logbook-excel/import-job-status";
import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { FormMessage } from "./form";
import { ImportProblems } from "./import-problems";

/** How often the page asks where the import has got to. */
const pollMs = 1000;

/**
 * A background import's progress bar, kept up to date by polling `statusUrl` (JSON) and, with
 * JavaScript off, by reloading the page every few seconds; then what the import did.
 */
export function ImportJobProgress({ initial, statusUrl }: { initial: ImportJobStatus; statusUrl: string }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language as Language);
  const [job, setJob] = useState(initial);
  useEffect(() => {
    if (job.finished) return;
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(statusUrl, { headers: { Accept: "application/json" } });
        if (res.ok) setJob((await res.json()) as ImportJobStatus);
        else setJob((j) => ({ ...j }));
      } catch {
        setJob((j) => ({ ...j })); // Offline for a moment: ask again.
      }
    }, pollMs);
    return () => clearTimeout(timer);
  }, [job, statusUrl]);

  const r = job.result;
  if (r?.imported) return <FormMessage kind="success" message={t("logExcel.imported", { count: r.created })} />;
  if (r) return <ImportFailed result={r} />;
  const counted = job.phase === "writing" || job.phase === "checking";
  return (
    <section className="plan-section import-progress" aria-labelledby="import-progress">
      <noscript>
        <meta httpEquiv="refresh" content="3" />
      </noscript>
      <h2 id="import-progress">{t("logExcel.importing", { name: job.fileName })}</h2>
      <p role="status">
        {t(`logExcel.phase.${job.phase}`)}
        {counted && job.total > 0
          ? ` ${t(job.phase === "writing" ? "logExcel.progressRows" : "logExcel.progressChecked", { done: n(job.done), total: n(job.total) })}`
          : ""}
      </p>
      <progress
        className="import-progress-bar"
        aria-labelledby="import-progress"
        max={counted && job.total > 0 ? job.total : undefined}
        value={counted && job.total > 0 ? job.done : undefined}
      />
      <p className="form-hint">{t("logExcel.importingHint")}</p>
    </section>
  );
}

function ImportFailed({ result }: { result: NonNullable<ImportJobStatus["result"]> }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="import-failed">
      <h2 id="import-failed">{t("logExcel.importFailed")}</h2>
      <ImportProblems problems={result.problems} problemCount={result.problemCount} message={result.message} />
    </section>
  );
}
