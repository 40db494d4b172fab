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

/** A select's option groups: each option names its group's key; the label is what is shown. */
export type SelectGroup = { key: string; label: string };

/**
 * A select's options. With `groups`, each group in an optgroup (options name the group's key);
 * else, when any option has a group, each distinct group in an optgroup labelled by it (ungrouped under "–").
 */
function SelectOptions({ options, groups }: { options: SelectOption[]; groups?: SelectGroup[] }) {
  const named = [...new Set(options.map((o) => o.group))];
  const list: { key: string | undefined; label: string }[] =
    groups ?? (named.length <= 1 && named[0] === undefined ? [] : named.map((g) => ({ key: g, label: g ?? "–" })));
  const optionsOf = (key: string | undefined) =>
    options
      .filter((o) => list.length === 0 || o.group === key)
      .map((o) => (
        <option key={`${key ?? "-"}-${o.value}`} value={o.value}>
          {o.label}
        </option>
      ));
  if (list.length === 0) return optionsOf(undefined);
  return list.map((g) => (
    <optgroup key={g.key ?? "-"} label={g.label}>
      {optionsOf(g.key)}
    </optgroup>
  ));
}

/**
 * The DKFDS select element alone, for a place that labels it itself (a table cell, an editor field).
 * `Select` is this with its label, hint and error message.
 */
export function SelectInput({
  id,
  name,
  options,
  groups,
  defaultValue,
  required,
  invalid,
  onChange,
}: {
  id: string;
  name: string;
  options: SelectOption[];
  groups?: SelectGroup[];
  defaultValue?: string;
  required?: boolean;
  invalid?: boolean;
  onChange?: React.ChangeEventHandler<HTMLSelectElement>;
}) {
  return (
    <select
      className="form-select"
      id={id}
      name={name}
      defaultValue={defaultValue}
      required={required}
      aria-invalid={invalid ? true : undefined}
      onChange={onChange}
    >
      <SelectOptions options={options} groups={groups} />
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
  hint,
  groups,
  onChange,
}: {
  name: string;
  label: React.ReactNode;
  options: SelectOption[];
  defaultValue?: string;
  error?: string;
  /** The select's id when it is not `felt-<name>` (several selects share a name, or links point at it). */
  id?: string;
  required?: boolean;
  hint?: string;
  groups?: SelectGroup[];
  onChange?: React.ChangeEventHandler<HTMLSelectElement>;
}) {
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <label className="form-label" htmlFor={id}>
        {label}
      </label>
      {hint ? <span className="form-hint">{hint}</span> : null}
      {error ? <span className="form-error-message">{error}</span> : null}
      <SelectInput
        id={id}
        name={name}
        options={options}
        groups={groups}
        defaultValue={defaultValue}
        required={required}
        onChange={onChange}
      />
    </div>
  );
}
