import { useTranslation } from "react-i18next";
import { data, redirect, useActionData, useSearchParams } from "react-router";
import { reachableActivityIds } from "~/.server/domain/logbook/logbook-context";
import { importJobStatus } from "~/.server/domain/logbook-excel/import-job-status";
import {
  type ImportReport,
  importLogbook,
  requireSomeActivity,
  type SheetMapping,
} from "~/.server/domain/logbook-excel/logbook-excel";
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
import { ImportProblems } from "~/components/import-problems";
import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import type { Route } from "./+types/excel";
import { openLog } from "./open-log.server";

/** Problems shown on the page; the rest are counted (the command line lists them all). */
const shownProblems = 500;

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Excel · ${data.planTitle} · Log · Helhed` : "Helhed" }];
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

/** What the page shows of a check: counts, the first problems, notes, and a sheet to map. */
function pageReport(report: ImportReport) {
  const name = (key: SheetKey) => sheets.find((s) => s.key === key)?.name ?? key;
  const request = report.mappingNeeded[0];
  return {
    ready: report.ready,
    counts: report.counts
      .filter((c) => c.rows > 0)
      .map((c) => ({ ...c, targetName: name(c.target), layout: c.layout })),
    problems: report.problems.slice(0, shownProblems),
    problemCount: report.problems.length,
    notes: report.notes,
    totals: report.totals,
    mapping: request ? { ...request, more: report.mappingNeeded.length - 1 } : undefined,
  };
}
type Answer = {
  intent: string;
  error?: string;
  uploadId?: string;
  fileName?: string;
  report?: ReturnType<typeof pageReport>;
};

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "logbook.write");
  await requireSomeActivity(db, ctx, "logbook.write");
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "check");
  const answer = (a: Answer, status = 200) => data(a, { status });
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
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const n = (x: number) => formatNumber(x, lang);
  const answer = useActionData<typeof action>() as Answer | undefined;
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

      <section className="plan-section" aria-labelledby="excel-download">
        <h2 id="excel-download">{t("logExcel.download")}</h2>
        <ul className="excel-downloads unstyled-list">
          {d.mayImport ? (
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

      {d.mayImport ? (
        <section className="plan-section" aria-labelledby="excel-upload">
          <h2 id="excel-upload">{t("logExcel.upload")}</h2>
          <FormMessage message={answer?.error} />
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
      ) : null}

      {r && answer?.uploadId ? (
        <section className="plan-section" aria-labelledby="excel-result">
          <h2 id="excel-result">{t("logExcel.result", { name: answer.fileName ?? "" })}</h2>
          {r.mapping ? <MappingForm mapping={r.mapping} uploadId={answer.uploadId} targets={d.targets} /> : null}
          {r.counts.length > 0 ? (
            <table className="table table--responsive-headers excel-counts">
              <caption>{t("logExcel.counts")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("logExcel.sheet")}</th>
                  <th scope="col">{t("logExcel.readAs")}</th>
                  <th scope="col" className="align-text-right">
                    {t("logExcel.rows")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("logExcel.new")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("logExcel.existing")}
                  </th>
                  <th scope="col" className="align-text-right">
                    {t("logExcel.invalid")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.counts.map((c) => (
                  <tr key={c.sheet}>
                    <th scope="row" data-title={t("logExcel.sheet")}>
                      {c.sheet}
                    </th>
                    <td data-title={t("logExcel.readAs")}>
                      {c.layout === "mapping" ? t("logExcel.ownColumns", { name: c.targetName }) : c.targetName}
                    </td>
                    <td data-title={t("logExcel.rows")} className="align-text-right">
                      {n(c.rows)}
                    </td>
                    <td data-title={t("logExcel.new")} className="align-text-right">
                      {n(c.create)}
                    </td>
                    <td data-title={t("logExcel.existing")} className="align-text-right">
                      {n(c.existing)}
                    </td>
                    <td data-title={t("logExcel.invalid")} className="align-text-right">
                      {n(c.invalid)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {r.notes.length > 0 ? (
            <>
              <h3>{t("logExcel.notes")}</h3>
              <ul>
                {r.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          ) : null}
          {r.problemCount > 0 ? <ImportProblems problems={r.problems} problemCount={r.problemCount} /> : null}
          {r.ready && r.totals.create > 0 ? (
            <>
              <FormMessage
                kind="info"
                message={`${t("logExcel.ready", { count: r.totals.create, n: n(r.totals.create) })}${
                  r.totals.existing > 0
                    ? ` ${t("logExcel.readyExisting", { count: r.totals.existing, n: n(r.totals.existing) })}`
                    : ""
                }`}
              />
              <PostForm className="excel-form">
                <input type="hidden" name="intent" value="import" />
                <input type="hidden" name="uploadId" value={answer.uploadId} />
                <SubmitButton>
                  {t("logExcel.importButton", { count: r.totals.create, n: n(r.totals.create) })}
                </SubmitButton>
              </PostForm>
            </>
          ) : null}
          {r.ready && r.totals.create === 0 ? (
            <FormMessage kind="info" message={t("logExcel.nothingToImport")} />
          ) : null}
        </section>
      ) : null}
    </>
  );
}

type Target = { key: string; name: string; columns: { field: string; heading: string; required: boolean }[] };

/** Choosing what a sheet of one's own holds, and which column is which field. Works without JavaScript. */
function MappingForm({
  mapping,
  uploadId,
  targets,
}: {
  mapping: NonNullable<NonNullable<Answer["report"]>["mapping"]>;
  uploadId: string;
  targets: Target[];
}) {
  const { t } = useTranslation();
  const target = targets.find((x) => x.key === mapping.target);
  return (
    <div className="excel-mapping">
      <h3>{t("logExcel.mappingTitle", { sheet: mapping.sheet })}</h3>
      <p>{mapping.reason}</p>
      {mapping.problems.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <ul className="alert-text">
              {mapping.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <PostForm className="excel-form">
        <input type="hidden" name="uploadId" value={uploadId} />
        <input type="hidden" name="sheet" value={mapping.sheet} />
        <input type="hidden" name="previousTarget" value={mapping.target} />
        <div className="form-group">
          <label className="form-label" htmlFor="felt-target">
            {t("logExcel.mappingTarget")}
          </label>
          <select className="form-select" id="felt-target" name="target" defaultValue={mapping.target}>
            <option value="">{t("logExcel.mappingChoose")}</option>
            {targets.map((x) => (
              <option key={x.key} value={x.key}>
                {x.name}
              </option>
            ))}
            <option value="skip">{t("logExcel.mappingSkip")}</option>
          </select>
        </div>
        <button type="submit" className="button button-secondary" name="intent" value="mapping-show">
          {t("logExcel.showFields")}
        </button>
        {target ? (
          <fieldset className="plan-section">
            <legend className="h4">{t("logExcel.mappingColumns")}</legend>
            <p className="form-hint">{t("logExcel.mappingColumnsHint")}</p>
            {mapping.headings.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a sheet's columns in their fixed order (headings may repeat)
              <div className="form-group" key={i}>
                <input type="hidden" name={`heading.${i}`} value={h.text} />
                <label className="form-label" htmlFor={`felt-field-${i}`}>
                  {h.text}
                </label>
                <select className="form-select" id={`felt-field-${i}`} name={`field.${i}`} defaultValue={h.field}>
                  <option value="">{t("logExcel.unused")}</option>
                  {target.columns.map((c) => (
                    <option key={c.field} value={c.field}>
                      {c.required ? t("logExcel.requiredField", { name: c.heading }) : c.heading}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        ) : null}
        <SubmitButton name="intent" value="mapping">
          {t("logExcel.saveMapping")}
        </SubmitButton>
      </PostForm>
    </div>
  );
}
