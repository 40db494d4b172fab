import { data, redirect, useActionData, useSearchParams } from "react-router";
import { reachableActivityIds } from "~/.server/domain/logbook/logbook-context";
import { importJobStatus } from "~/.server/domain/logbook-excel/import-job-status";
import { importLogbook, requireSomeActivity, type SheetMapping } from "~/.server/domain/logbook-excel/logbook-excel";
import type { SheetKey } from "~/.server/domain/logbook-excel/sheet-types";
import { looseName, sheets } from "~/.server/domain/logbook-excel/sheets";
import { maxUploadBytes, stagedUpload, stageUpload } from "~/.server/domain/logbook-excel/staged-uploads";
import { startImportJob } from "~/.server/domain/logbook-excel/start-import-job";
import { userError } from "~/.server/errors";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, SubmitButton } from "~/components/form";
import { ImportJobProgress } from "~/components/import-job-progress";
import { ExcelCheckResult } from "~/components/log/excel-check";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/excel";
import { type ExcelAnswer, pageReport } from "./excel-report.server";
import { openLog } from "./open-log.server";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "logExcel", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.read");
  await requireSomeActivity(db, ctx, "logbook.read");
  const write = reachableActivityIds(ctx, "logbook.write");
  const importId = new URL(request.url).searchParams.get("import");
  return {
    importJob: importId ? await importJobStatus(db, ctx, importId) : undefined,
    slug: params.slug,
    planTitle: ctx.plan.title,
    mayImport: write === "all" || write.size > 0,
    targets: sheets.map((s) => ({
      key: s.key,
      name: s.name,
      columns: s.columns.map((c) => ({ field: c.field, heading: c.heading, required: Boolean(c.required) })),
    })),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "logbook.write");
  await requireSomeActivity(db, ctx, "logbook.write");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "check");
  const answer = (a: ExcelAnswer, status = 200) => data(a, { status });
  if (intent === "check") {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) throw userError("missing-file", "chooseExcelFile");
    if (file.size > maxUploadBytes)
      throw userError("too-large", "excelFileTooLarge", { params: { mb: maxUploadBytes / 1024 / 1024 } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const report = await importLogbook(db, ctx, bytes, { dryRun: true });
    const uploadId = await stageUpload(db, cipher, ctx, file.name, bytes);
    return answer({ intent, uploadId, fileName: file.name, report: pageReport(report) });
  }
  const uploadId = String(form.get("uploadId") ?? "");
  if (intent === "import") {
    const id = await startImportJob(db, ctx, services(context).jobs.send, uploadId);
    return redirect(`/log/${params.slug}/excel?import=${id}`);
  }
  const staged = await stagedUpload(db, cipher, ctx, uploadId);
  if (intent === "mapping" || intent === "mapping-show") {
    const sheet = String(form.get("sheet") ?? "");
    const target = String(form.get("target") ?? "") as SheetKey | "skip";
    const changed = target !== String(form.get("previousTarget") ?? "");
    const columns: Record<string, string> = {};
    for (let i = 0; form.has(`heading.${i}`); i++) {
      const field = String(form.get(`field.${i}`) ?? "");
      if (field) columns[String(form.get(`heading.${i}`))] = field;
    }
    const mapping: SheetMapping = {
      target,
      columns,
      draft: intent === "mapping-show" || (changed && target !== "skip"),
    };
    const report = await importLogbook(db, ctx, staged.bytes, {
      dryRun: true,
      chosen: new Map([[looseName(sheet), mapping]]),
    });
    return answer({ intent, uploadId, fileName: staged.fileName, report: pageReport(report) });
  }
  throw userError("bad-request", "unknownIntent");
});

export default function LogbookExcel({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>() as ExcelAnswer | undefined;
  const [search] = useSearchParams();
  const imported = search.get("indlaest");
  const r = answer?.report;
  const base = `/log/${d.slug}/excel`;
  return (
    <>
      <Breadcrumbs items={[{ label: t("log.title"), to: "/log" }, { label: d.planTitle }, { label: "Excel" }]} />
      <h1>{t("logExcel.title")}</h1>
      <p className="plan-text">{t("logExcel.intro")}</p>
      {imported ? (
        <FormMessage kind="success" message={t("logExcel.imported", { count: Number(imported) || 0 })} />
      ) : null}
      {d.importJob ? <ImportJobProgress initial={d.importJob} statusUrl={`${base}/import/${d.importJob.id}`} /> : null}

      <ExcelDownloads base={base} mayImport={d.mayImport} />
      {d.mayImport ? <ExcelUpload error={answer?.error} /> : null}
      {r && answer?.uploadId ? (
        <ExcelCheckResult report={r} uploadId={answer.uploadId} fileName={answer.fileName ?? ""} targets={d.targets} />
      ) : null}
    </>
  );
}

/** The logbook as an Excel file: the template to fill in (for those who may import) and the export. */
function ExcelDownloads({ base, mayImport }: { base: string; mayImport: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="excel-download">
      <h2 id="excel-download">{t("logExcel.download")}</h2>
      <ul className="excel-downloads unstyled-list">
        {mayImport ? (
          <li>
            <a className="button button-secondary" href={`${base}/skabelon.xlsx`} download>
              {t("logExcel.template")}
            </a>
            <p className="form-hint">{t("logExcel.templateHint")}</p>
          </li>
        ) : null}
        <li>
          <a className="button button-secondary" href={`${base}/eksport.xlsx`} download>
            {t("logExcel.export")}
          </a>
          <p className="form-hint">{t("logExcel.exportHint")}</p>
        </li>
      </ul>
    </section>
  );
}

/** Choosing a filled-in file to check before anything is imported. */
function ExcelUpload({ error }: { error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="excel-upload">
      <h2 id="excel-upload">{t("logExcel.upload")}</h2>
      <FormMessage message={error} />
      <PostForm encType="multipart/form-data" className="excel-form">
        <input type="hidden" name="intent" value="check" />
        <div className="form-group">
          <label className="form-label" htmlFor="felt-file">
            {t("logExcel.file")}
          </label>
          <span className="form-hint" id="felt-file-hint">
            {t("logExcel.fileHint")}
          </span>
          <input
            className="form-input"
            type="file"
            id="felt-file"
            name="file"
            aria-describedby="felt-file-hint"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          />
        </div>
        <SubmitButton>{t("logExcel.check")}</SubmitButton>
      </PostForm>
    </section>
  );
}
