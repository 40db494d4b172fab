import { useTranslation } from "react-i18next";
import { TextField } from "../form";
import { ConsentFields } from "./consent-fields";

/**
 * The participant form: pseudonymous facts first; name and contact only when the organisation
 * allows them, and then with a consent block; sensitive fields only for those with the right.
 * Browsers keep what was typed when the server sends the form back with an error.
 */
export function ParticipantFields({
  settings,
  tags,
  departments,
  canSensitive,
  errors,
  values = {},
}: {
  settings: { personNamesEnabled: boolean; cprEnabled: boolean };
  tags: { key: string; name: string }[];
  departments: { number: string; name: string }[];
  canSensitive: boolean;
  errors: Record<string, string>;
  /** What was sent last time, so nothing typed is lost when the form comes back with an error. */
  values?: Record<string, string | string[]>;
}) {
  const v = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const has = (name: string, item: string) => Array.isArray(values[name]) && (values[name] as string[]).includes(item);
  const checked = (name: string, fallback = false) =>
    Object.keys(values).length === 0 ? fallback : values[name] === "on";
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="initials"
        label={t("log.initials")}
        hint={t("log.initialsHint")}
        error={errors.initials}
        width="xs"
        defaultValue={v("initials")}
      />
      <TextField
        name="birthYear"
        type="number"
        inputMode="numeric"
        label={t("log.birthYear")}
        error={errors.birthYear}
        width="xs"
        defaultValue={v("birthYear")}
      />
      <div className="form-group">
        <label className="form-label" htmlFor="felt-gender">
          {t("log.gender")}
        </label>
        <select className="form-select" id="felt-gender" name="gender" defaultValue={v("gender") ?? "unknown"}>
          {["unknown", "female", "male", "other"].map((g) => (
            <option key={g} value={g}>
              {t(`log.genders.${g}`)}
            </option>
          ))}
        </select>
      </div>
      {departments.length > 0 ? (
        <div className={`form-group${errors.departmentNumber ? " form-error" : ""}`}>
          <label className="form-label" htmlFor="felt-department">
            {t("log.department")}
          </label>
          {errors.departmentNumber ? <span className="form-error-message">{errors.departmentNumber}</span> : null}
          <select
            className="form-select"
            id="felt-department"
            name="departmentNumber"
            defaultValue={v("departmentNumber") ?? ""}
          >
            <option value="">{t("log.noDepartment")}</option>
            {departments.map((d) => (
              <option key={d.number} value={d.number}>
                {d.number} {d.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <Check name="resident" label={t("log.resident")} defaultChecked={checked("resident", true)} />
      <Check name="newHousehold" label={t("log.newHousehold")} defaultChecked={checked("newHousehold")} />
      <Check name="volunteer" label={t("log.volunteer")} defaultChecked={checked("volunteer")} />
      {tags.length > 0 ? (
        <fieldset className="form-group">
          <legend className="form-label">{t("log.targetGroups")}</legend>
          {tags.map((tag) => (
            <div className="form-group-checkbox" key={tag.key}>
              <input
                className="form-checkbox"
                type="checkbox"
                id={`tag-${tag.key}`}
                name="targetGroupTags"
                value={tag.key}
                defaultChecked={has("targetGroupTags", tag.key)}
              />
              <label htmlFor={`tag-${tag.key}`}>{tag.name}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {settings.personNamesEnabled || settings.cprEnabled ? (
        <fieldset className="plan-section">
          <legend className="h3">{t("log.identityTitle")}</legend>
          <p className="form-hint">{t("log.identityHint")}</p>
          {settings.personNamesEnabled ? (
            <>
              <TextField
                name="name"
                label={t("log.name")}
                error={errors.name}
                autoComplete="off"
                defaultValue={v("name")}
              />
              <TextField
                name="contact"
                label={t("log.contact")}
                error={errors.contact}
                autoComplete="off"
                defaultValue={v("contact")}
              />
            </>
          ) : null}
          {settings.cprEnabled ? (
            <TextField
              name="cpr"
              label={t("log.cpr")}
              error={errors.cpr}
              autoComplete="off"
              width="s"
              defaultValue={v("cpr")}
            />
          ) : null}
          <ConsentFields values={values} errors={errors} withDate />
        </fieldset>
      ) : null}
      {canSensitive ? (
        <fieldset className="plan-section">
          <legend className="h3">{t("log.sensitiveTitle")}</legend>
          <p className="form-hint">{t("log.sensitiveHint")}</p>
          <TextField name="health" label={t("log.health")} autoComplete="off" defaultValue={v("health")} />
          <TextField name="addiction" label={t("log.addiction")} autoComplete="off" defaultValue={v("addiction")} />
          <TextField name="ethnicity" label={t("log.ethnicity")} autoComplete="off" defaultValue={v("ethnicity")} />
          <div className="form-group">
            <label className="form-label" htmlFor="felt-notes">
              {t("log.notes")}
            </label>
            <textarea className="form-input" id="felt-notes" name="notes" rows={3} defaultValue={v("notes")} />
          </div>
        </fieldset>
      ) : null}
    </>
  );
}

function Check({ name, label, defaultChecked }: { name: string; label: string; defaultChecked?: boolean }) {
  return (
    <div className="form-group-checkbox">
      <input
        className="form-checkbox"
        type="checkbox"
        id={`felt-${name}`}
        name={name}
        defaultChecked={defaultChecked}
      />
      <label htmlFor={`felt-${name}`}>{label}</label>
    </div>
  );
}
