import { useEffect } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { BLANK_ROWS, type FieldSpec, type FormValues, valueAt } from "~/plan-editor/fields";
import { SelectInput, TextField } from "./form";

const idOf = (name: string) => `felt-${name.replace(/\./g, "-")}`;
const text = (v: unknown) =>
  v === null ? "?" : v === undefined ? "" : Array.isArray(v) ? v.join("\n") : typeof v === "object" ? "" : String(v);

/** One field in DKFDS markup, filled with its value and error. */
function Field({ f, value, error, inRow }: { f: FieldSpec; value: unknown; error?: string; inRow?: boolean }) {
  const id = idOf(f.name);
  const hint = !inRow && f.hint ? f.hint : undefined;
  if (f.kind === "hidden") return <input type="hidden" name={f.name} value={text(value)} />;
  if (f.kind === "text" || f.kind === "number" || f.kind === "date")
    return (
      <TextField
        name={f.name}
        label={f.label}
        hint={hint}
        error={error}
        type={f.kind === "date" ? "date" : "text"}
        inputMode={f.kind === "number" ? "numeric" : undefined}
        defaultValue={text(value)}
        required={f.required}
        width={f.width ?? (f.kind === "text" ? "xl" : "s")}
      />
    );
  if (f.kind === "checkbox")
    return (
      <div className="form-group-checkbox">
        <input className="form-checkbox" type="checkbox" id={id} name={f.name} defaultChecked={value === true} />
        <label htmlFor={id}>{f.label}</label>
      </div>
    );
  if (f.kind === "checkboxes") return <CheckboxesField f={f} value={value} error={error} hint={hint} />;
  return <LabelledField f={f} value={value} error={error} hint={hint} inRow={inRow} />;
}

/** Several checkboxes under one legend, one per option (its group named after it). */
function CheckboxesField({ f, value, error, hint }: { f: FieldSpec; value: unknown; error?: string; hint?: string }) {
  const id = idOf(f.name);
  return (
    <fieldset className={`form-group${error ? " form-error" : ""}`}>
      <legend className="form-label">{f.label}</legend>
      {hint ? <span className="form-hint">{hint}</span> : null}
      {error ? <span className="form-error-message">{error}</span> : null}
      {f.options?.length === 0 ? <p className="form-hint">–</p> : null}
      {f.options?.map((o) => (
        <div className="form-group-checkbox" key={o.value}>
          <input
            className="form-checkbox"
            type="checkbox"
            id={`${id}-${o.value}`}
            name={f.name}
            value={o.value}
            defaultChecked={Array.isArray(value) && value.includes(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.group ? `${o.label} (${o.group})` : o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A select or a text area with its label, hint and error; a text area for lines grows with them. */
function LabelledField({
  f,
  value,
  error,
  hint,
  inRow,
}: {
  f: FieldSpec;
  value: unknown;
  error?: string;
  hint?: string;
  inRow?: boolean;
}) {
  const id = idOf(f.name);
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {f.label}
      </label>
      {hint ? (
        <span className="form-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="form-error-message" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
      {f.kind === "select" ? (
        <SelectInput
          id={id}
          name={f.name}
          defaultValue={text(value)}
          options={f.options ?? []}
          invalid={Boolean(error)}
        />
      ) : (
        <textarea
          className="form-input"
          id={id}
          name={f.name}
          rows={f.kind === "lines" ? Math.max(3, (Array.isArray(value) ? value.length : 0) + 1) : inRow ? 2 : 5}
          defaultValue={text(value)}
          aria-describedby={
            [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined
          }
          aria-invalid={error ? true : undefined}
        />
      )}
    </div>
  );
}

/**
 * A table of rows (staffing, departments, budget lines …): one row per item plus blank rows to add
 * more; a row is removed by ticking "Fjern" or emptying it. Stacks as cards on a phone.
 */
function RowsField({ f, rows, errors }: { f: FieldSpec; rows: unknown; errors: Record<string, string> }) {
  const { t } = useTranslation();
  const list = Array.isArray(rows) ? (rows as FormValues[]) : [];
  const count = list.length + BLANK_ROWS;
  const columns = f.columns ?? [];
  const rowError = errors[f.name];
  return (
    <fieldset className={`form-group editor-rows${rowError ? " form-error" : ""}`} id={idOf(f.name)}>
      <legend className="h4">{f.label}</legend>
      {f.hint ? <span className="form-hint">{f.hint}</span> : null}
      {rowError ? <span className="form-error-message">{rowError}</span> : null}
      {Array.from({ length: count }, (_, i) => {
        const row = list[i] ?? {};
        const blank = i >= list.length;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the form
          <fieldset key={i} className={`editor-row${blank ? " editor-row-blank" : ""}`}>
            <legend className="editor-row-legend">
              {blank ? t("editor.newRow", { label: f.label }) : t("editor.row", { label: f.label, n: i + 1 })}
            </legend>
            <div className="editor-row-cells">
              {columns.map((c) => {
                const name = `${f.name}.${i}.${c.name}`;
                return (
                  <div
                    className={`editor-cell editor-cell-${c.width ?? (c.kind === "textarea" || c.kind === "lines" ? "xl" : "m")}`}
                    key={c.name}
                  >
                    <Field f={{ ...c, name }} value={valueAt(row, c.name)} error={errors[name]} inRow />
                  </div>
                );
              })}
              {blank ? null : (
                <div className="editor-cell editor-cell-xs">
                  <div className="form-group-checkbox">
                    <input
                      className="form-checkbox"
                      type="checkbox"
                      id={`${idOf(f.name)}-${i}-fjern`}
                      name={`${f.name}.${i}._remove`}
                    />
                    <label htmlFor={`${idOf(f.name)}-${i}-fjern`}>{t("editor.removeRow")}</label>
                  </div>
                </div>
              )}
            </div>
          </fieldset>
        );
      })}
      <button type="submit" className="button button-secondary button-small" name="intent" value={`rows:${f.name}`}>
        {t("editor.moreRows")}
      </button>
    </fieldset>
  );
}

/**
 * Renders editor fields in DKFDS markup from their specs, filled with the current values and any
 * errors by field name. Lists ("lines") are typed one item per line; rows are small tables.
 */
export function EntityFields({
  fields,
  values = {},
  errors = {},
}: {
  fields: FieldSpec[];
  values?: FormValues;
  errors?: Record<string, string>;
}) {
  return (
    <>
      {fields.map((f) => (
        <div
          key={f.name}
          className="editor-field"
          data-when-field={f.when?.field}
          data-when-values={f.when?.values.join(" ")}
        >
          {f.kind === "rows" ? (
            <RowsField f={f} rows={valueAt(values, f.name)} errors={errors} />
          ) : (
            <Field f={f} value={valueAt(values, f.name)} error={errors[f.name]} />
          )}
        </div>
      ))}
    </>
  );
}

/**
 * Shows only the fields that apply (a field with `when` depends on another field's value), once
 * JavaScript runs; without it every field shows and the server keeps only those that apply.
 */
export function useConditionalFields(form: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const element = form.current;
    if (!element) return;
    const update = () => {
      for (const wrapper of Array.from(element.querySelectorAll<HTMLElement>("[data-when-field]"))) {
        const field = element.elements.namedItem(wrapper.dataset.whenField ?? "");
        const value = field instanceof HTMLSelectElement || field instanceof HTMLInputElement ? field.value : undefined;
        wrapper.hidden = value !== undefined && !(wrapper.dataset.whenValues ?? "").split(" ").includes(value);
      }
    };
    update();
    element.addEventListener("change", update);
    return () => element.removeEventListener("change", update);
  });
}
