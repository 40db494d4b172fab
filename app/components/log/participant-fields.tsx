import { useTranslation } from "~/i18n/use-translation";
import { Select, TextField } from "../form";
import { ConsentFields } from "./consent-fields";
import { PseudonymFields, type SentValues, textOf } from "./pseudonym-fields";

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
  values?: SentValues;
}) {
  const v = (name: string) => textOf(values, name);
  const checked = (name: string, fallback = false) =>
    Object.keys(values).length === 0 ? fallback : values[name] === "on";
  const { t } = useTranslation();
  return (
    <>
      <PseudonymFields values={values} errors={errors} initialsHint={t("log.initialsHint")} />
      <Select
        name="gender"
        label={t("log.gender")}
        defaultValue={v("gender") ?? "unknown"}
        options={["unknown", "female", "male", "other"].map((g) => ({ value: g, label: t(`log.genders.${g}`) }))}
      />
      {departments.length > 0 ? (
        <Select
          name="departmentNumber"
          id="felt-department"
          label={t("log.department")}
          error={errors.departmentNumber}
          defaultValue={v("departmentNumber") ?? ""}
          options={[
            { value: "", label: t("log.noDepartment") },
            ...departments.map((d) => ({ value: d.number, label: `${d.number} ${d.name}` })),
          ]}
        />
      ) : null}
      <Check name="resident" label={t("log.resident")} defaultChecked={checked("resident", true)} />
      <Check name="newHousehold" label={t("log.newHousehold")} defaultChecked={checked("newHousehold")} />
      <Check name="volunteer" label={t("log.volunteer")} defaultChecked={checked("volunteer")} />
      {tags.length > 0 ? (
        <TargetGroups tags={tags} chosen={Array.isArray(values.targetGroupTags) ? values.targetGroupTags : []} />
      ) : null}
      {settings.personNamesEnabled || settings.cprEnabled ? (
        <IdentityFields settings={settings} errors={errors} values={values} />
      ) : null}
      {canSensitive ? <SensitiveFields values={values} /> : null}
    </>
  );
}

/** The plan's target groups the participant belongs to. */
function TargetGroups({ tags, chosen }: { tags: { key: string; name: string }[]; chosen: string[] }) {
  const { t } = useTranslation();
  return (
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
            defaultChecked={chosen.includes(tag.key)}
          />
          <label htmlFor={`tag-${tag.key}`}>{tag.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Name, contact and CPR where the organisation allows them, always with the consent block. */
function IdentityFields({
  settings,
  errors,
  values,
}: {
  settings: { personNamesEnabled: boolean; cprEnabled: boolean };
  errors: Record<string, string>;
  values: SentValues;
}) {
  const { t } = useTranslation();
  const v = (name: string) => textOf(values, name);
  return (
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
  );
}

/** Sensitive facts (health, addiction, ethnicity, notes), for those with the right to them. */
function SensitiveFields({ values }: { values: SentValues }) {
  const { t } = useTranslation();
  const v = (name: string) => textOf(values, name);
  return (
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
