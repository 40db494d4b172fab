import { Form } from "react-router";
import { CsrfField } from "./csrf-field";

/** A labelled DKFDS text field with an optional hint and error message. */
export function TextField({
  name,
  label,
  hint,
  error,
  type = "text",
  autoComplete,
  defaultValue,
  required,
  width = "l",
  inputMode,
  autoFocus,
}: {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  type?: string;
  autoComplete?: string;
  defaultValue?: string;
  required?: boolean;
  width?: "xs" | "s" | "m" | "l" | "xl";
  inputMode?: "numeric" | "decimal" | "email" | "text";
  autoFocus?: boolean;
}) {
  const id = `felt-${name}`;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
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
      <input
        className={`form-input input-width-${width}`}
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={defaultValue}
        required={required}
        inputMode={inputMode}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        // biome-ignore lint/a11y/noAutofocus: the one field of a sign-in step
        autoFocus={autoFocus}
      />
    </div>
  );
}

/** Where an error summary's link for a problem's field path lands (the field's input). */
const fieldAnchor = (path: string) => (path === "consent" ? "felt-consentGiven" : `felt-${path}`);

/**
 * A message at the top of a form: what went wrong and what to do, announced to screen readers.
 * With `problems` (field path → message) it is the DKFDS error summary: one link to each field.
 */
export function FormMessage({
  message,
  kind = "error",
  problems,
}: {
  message?: string;
  kind?: "error" | "success" | "info";
  problems?: Record<string, string>;
}) {
  if (!message) return null;
  const list = Object.entries(problems ?? {});
  return (
    <div className={`alert alert-${kind}`} role={kind === "error" ? "alert" : "status"}>
      <div className="alert-body">
        <p className={list.length ? "alert-heading" : "alert-text"}>{message}</p>
        {list.length ? (
          <ul className="alert-text nobullet-list error-summary-list">
            {list.map(([path, text]) => (
              <li key={path}>
                <a href={`#${fieldAnchor(path)}`} className="function-link">
                  {text}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

/** A POST form with the CSRF field; works without JavaScript. */
export function PostForm({
  children,
  action,
  className,
  id,
  formRef,
  onChange,
  onSubmit,
  encType,
}: {
  children: React.ReactNode;
  action?: string;
  className?: string;
  id?: string;
  formRef?: React.Ref<HTMLFormElement>;
  onChange?: React.FormEventHandler<HTMLFormElement>;
  /** Runs first; calling `preventDefault()` keeps the form from being sent the ordinary way. */
  onSubmit?: React.FormEventHandler<HTMLFormElement>;
  encType?: "multipart/form-data";
}) {
  return (
    <Form
      method="post"
      action={action}
      className={className}
      id={id}
      ref={formRef}
      onChange={onChange}
      onSubmit={onSubmit}
      encType={encType}
    >
      <CsrfField />
      {children}
    </Form>
  );
}

/** A primary submit button. */
export function SubmitButton({ children, name, value }: { children: React.ReactNode; name?: string; value?: string }) {
  return (
    <button type="submit" className="button button-primary" name={name} value={value}>
      {children}
    </button>
  );
}

/** One choice of a select: the value sent, the text shown, and the group it is listed under (if any). */
export type SelectOption = { value: string; label: string; group?: string };

/** A select's options; when any has a group, each group in an optgroup (ungrouped ones under "–"). */
function SelectOptions({ options }: { options: SelectOption[] }) {
  const groups = [...new Set(options.map((o) => o.group))];
  if (groups.length <= 1 && groups[0] === undefined)
    return options.map((o) => (
      <option key={o.value} value={o.value}>
        {o.label}
      </option>
    ));
  return groups.map((g) => (
    <optgroup key={g ?? "-"} label={g ?? "–"}>
      {options
        .filter((o) => o.group === g)
        .map((o) => (
          <option key={`${g}-${o.value}`} value={o.value}>
            {o.label}
          </option>
        ))}
    </optgroup>
  ));
}

/**
 * The DKFDS select element alone, for a place that labels it itself (a table cell, an editor field).
 * `Select` is this with its label and error message.
 */
export function SelectInput({
  id,
  name,
  options,
  defaultValue,
  required,
  invalid,
}: {
  id: string;
  name: string;
  options: SelectOption[];
  defaultValue?: string;
  required?: boolean;
  invalid?: boolean;
}) {
  return (
    <select
      className="form-select"
      id={id}
      name={name}
      defaultValue={defaultValue}
      required={required}
      aria-invalid={invalid ? true : undefined}
    >
      <SelectOptions options={options} />
    </select>
  );
}

/** A labelled DKFDS select; its id is `felt-<name>` unless `id` says otherwise. */
export function Select({
  name,
  label,
  options,
  defaultValue,
  error,
  id = `felt-${name}`,
  required,
}: {
  name: string;
  label: string;
  options: SelectOption[];
  defaultValue?: string;
  error?: string;
  id?: string;
  required?: boolean;
}) {
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {error ? <span className="form-error-message">{error}</span> : null}
      <SelectInput id={id} name={name} options={options} defaultValue={defaultValue} required={required} />
    </div>
  );
}
