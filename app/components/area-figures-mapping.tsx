import { Fragment } from "react";
import type { AreaFiguresCheck } from "~/.server/domain/area/import-area-figures";
import { useTranslation } from "~/i18n/use-translation";
import { PostForm, Select } from "./form";

const roles = ["area", "comparison", "reference", ""] as const;

type MappingProps = {
  check: AreaFiguresCheck;
  uploadId: string;
  fileName: string;
  series: { key: string; label: string }[];
};

/** The mapping step: which series each key figure fills and what each level is; the file's problems and notes. */
export function MappingForm(props: MappingProps) {
  const { t } = useTranslation();
  const { check } = props;
  return (
    <section className="plan-section" aria-labelledby="kontrol">
      <h2 id="kontrol">{t("area.import.checked", { file: props.fileName })}</h2>
      <CheckOutcome check={check} />
      <PostForm>
        <input type="hidden" name="uploadId" value={props.uploadId} />
        <IndicatorFields check={check} series={props.series} />
        <LevelFields check={check} />
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

/** The file's problems (or that it is ready) and its notes. */
function CheckOutcome({ check }: { check: AreaFiguresCheck }) {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}

/** Which series each key figure in the file fills (or none). */
function IndicatorFields({ check, series }: Pick<MappingProps, "check" | "series">) {
  const { t } = useTranslation();
  const options = [
    { value: "", label: t("area.import.skip") },
    ...series.map((s) => ({ value: s.key, label: s.label })),
  ];
  return (
    <fieldset>
      <legend className="h3">{t("area.import.indicators")}</legend>
      {check.indicators.map((ind, i) => (
        <Fragment key={ind.name}>
          <input type="hidden" name={`indicator.${i}`} value={ind.name} />
          <Select
            id={`serie-${i}`}
            name={`series.${i}`}
            label={
              <>
                {ind.name} <span className="form-hint">({ind.sheet})</span>
              </>
            }
            options={options}
            defaultValue={check.mapping.indicators[ind.name] ?? ""}
          />
        </Fragment>
      ))}
    </fieldset>
  );
}

/** What each level in the file is: the area, its comparison, the reference, or none. */
function LevelFields({ check }: { check: AreaFiguresCheck }) {
  const { t } = useTranslation();
  const options = roles.map((r) => ({ value: r, label: t(`area.import.roles.${r || "skip"}`) }));
  return (
    <fieldset>
      <legend className="h3">{t("area.import.levels")}</legend>
      {check.levels.map((level, i) => (
        <Fragment key={level}>
          <input type="hidden" name={`level.${i}`} value={level} />
          <Select
            id={`niveau-${i}`}
            name={`role.${i}`}
            label={level}
            options={options}
            defaultValue={check.mapping.levels[level] ?? ""}
          />
        </Fragment>
      ))}
    </fieldset>
  );
}
