import { useTranslation } from "react-i18next";
import type { AreaFiguresCheck } from "~/.server/domain/area/import-area-figures";
import { PostForm } from "./form";

const roles = ["area", "comparison", "reference", ""] as const;

/** The mapping step: which series each key figure fills and what each level is; the file's problems and notes. */
export function MappingForm(props: {
  check: AreaFiguresCheck;
  uploadId: string;
  fileName: string;
  series: { key: string; label: string }[];
}) {
  const { t } = useTranslation();
  const { check } = props;
  return (
    <section className="plan-section" aria-labelledby="kontrol">
      <h2 id="kontrol">{t("area.import.checked", { file: props.fileName })}</h2>
      {check.problems.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t("area.import.problems", { count: check.problems.length })}</p>
            <ul className="alert-text" aria-label={t("area.import.problemList")}>
              {check.problems.map((p) => (
                <li key={`${p.sheet}-${p.row}-${p.column}-${p.message}`}>
                  {[
                    p.sheet,
                    p.row ? t("area.import.row", { row: p.row }) : "",
                    p.column ? t("area.import.column", { column: p.column }) : "",
                  ]
                    .filter(Boolean)
                    .join(", ")}
                  : {p.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <p role="status">{t("area.import.ready", { count: check.figures })}</p>
      )}
      {check.notes.length > 0 ? (
        <ul aria-label={t("area.import.notes")}>
          {check.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <PostForm>
        <input type="hidden" name="uploadId" value={props.uploadId} />
        <fieldset>
          <legend className="h3">{t("area.import.indicators")}</legend>
          {check.indicators.map((ind, i) => (
            <div className="form-group" key={ind.name}>
              <input type="hidden" name={`indicator.${i}`} value={ind.name} />
              <label className="form-label" htmlFor={`serie-${i}`}>
                {ind.name} <span className="form-hint">({ind.sheet})</span>
              </label>
              <select
                className="form-select"
                id={`serie-${i}`}
                name={`series.${i}`}
                defaultValue={check.mapping.indicators[ind.name] ?? ""}
              >
                <option value="">{t("area.import.skip")}</option>
                {props.series.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <fieldset>
          <legend className="h3">{t("area.import.levels")}</legend>
          {check.levels.map((level, i) => (
            <div className="form-group" key={level}>
              <input type="hidden" name={`level.${i}`} value={level} />
              <label className="form-label" htmlFor={`niveau-${i}`}>
                {level}
              </label>
              <select
                className="form-select"
                id={`niveau-${i}`}
                name={`role.${i}`}
                defaultValue={check.mapping.levels[level] ?? ""}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {t(`area.import.roles.${r || "skip"}`)}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button-secondary" name="intent" value="check-mapping">
          {t("area.import.recheck")}
        </button>{" "}
        <button type="submit" className="button button-primary" name="intent" value="import">
          {t("area.import.import")}
        </button>
      </PostForm>
    </section>
  );
}
