import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import type { ExcelAnswer } from "~/routes/log/excel-report.server";
import { FormMessage, PostForm, Select, SelectInput, SubmitButton } from "../form";
import { ImportProblems } from "../import-problems";

type CheckReport = NonNullable<ExcelAnswer["report"]>;
type Target = { key: string; name: string; columns: { field: string; heading: string; required: boolean }[] };

/** The check of an uploaded logbook file: a sheet to map, counts per sheet, notes, problems, and the import button. */
export function ExcelCheckResult({
  report: r,
  uploadId,
  fileName,
  targets,
}: {
  report: CheckReport;
  uploadId: string;
  fileName: string;
  targets: Target[];
}) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="excel-result">
      <h2 id="excel-result">{t("logExcel.result", { name: fileName })}</h2>
      {r.mapping ? <MappingForm mapping={r.mapping} uploadId={uploadId} targets={targets} /> : null}
      {r.counts.length > 0 ? <CheckCounts counts={r.counts} /> : null}
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
      {r.ready && r.totals.create > 0 ? <ReadyToImport totals={r.totals} uploadId={uploadId} /> : null}
      {r.ready && r.totals.create === 0 ? <FormMessage kind="info" message={t("logExcel.nothingToImport")} /> : null}
    </section>
  );
}

/** How many rows each sheet has, read as what, and how many are new, already saved or invalid. */
function CheckCounts({ counts }: { counts: CheckReport["counts"] }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language as Language);
  return (
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
        {counts.map((c) => (
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
  );
}

/** What an import will add (and what is already saved), with the button that starts it. */
function ReadyToImport({ totals, uploadId }: { totals: CheckReport["totals"]; uploadId: string }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language as Language);
  return (
    <>
      <FormMessage
        kind="info"
        message={`${t("logExcel.ready", { count: totals.create, n: n(totals.create) })}${
          totals.existing > 0
            ? ` ${t("logExcel.readyExisting", { count: totals.existing, n: n(totals.existing) })}`
            : ""
        }`}
      />
      <PostForm className="excel-form">
        <input type="hidden" name="intent" value="import" />
        <input type="hidden" name="uploadId" value={uploadId} />
        <SubmitButton>{t("logExcel.importButton", { count: totals.create, n: n(totals.create) })}</SubmitButton>
      </PostForm>
    </>
  );
}

/** Choosing what a sheet of one's own holds, and which column is which field. Works without JavaScript. */
function MappingForm({
  mapping,
  uploadId,
  targets,
}: {
  mapping: NonNullable<CheckReport["mapping"]>;
  uploadId: string;
  targets: Target[];
}) {
  const { t } = useTranslation();
  const target = targets.find((x) => x.key === mapping.target);
  const fieldOptions = [
    { value: "", label: t("logExcel.unused") },
    ...(target?.columns ?? []).map((c) => ({
      value: c.field,
      label: c.required ? t("logExcel.requiredField", { name: c.heading }) : c.heading,
    })),
  ];
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
        <Select
          name="target"
          label={t("logExcel.mappingTarget")}
          defaultValue={mapping.target}
          options={[
            { value: "", label: t("logExcel.mappingChoose") },
            ...targets.map((x) => ({ value: x.key, label: x.name })),
            { value: "skip", label: t("logExcel.mappingSkip") },
          ]}
        />
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
                <SelectInput id={`felt-field-${i}`} name={`field.${i}`} defaultValue={h.field} options={fieldOptions} />
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
