import { useTranslation } from "react-i18next";
import { TextField } from "../form";

/**
 * "+ ny deltager" on the attendance screen: initials and birth year (pseudonymous), and a name
 * only with a recorded consent where the organisation stores names.
 */
export function WalkInFields({
  namesEnabled,
  values,
  errors,
}: {
  namesEnabled: boolean;
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const v = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const purposes = Array.isArray(values.consentPurposes) ? values.consentPurposes : [];
  return (
    <div className="walk-in-fields">
      <p className="form-hint">{t("attendance.walkInHint")}</p>
      <div className="field-row">
        <TextField
          name="initials"
          label={t("log.initials")}
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
      </div>
      {namesEnabled ? (
        <>
          <TextField
            name="name"
            label={t("log.name")}
            hint={t("attendance.nameHint")}
            error={errors.name}
            autoComplete="off"
            defaultValue={v("name")}
          />
          <div className={`form-group${errors.consent ? " form-error" : ""}`}>
            {errors.consent ? <span className="form-error-message">{errors.consent}</span> : null}
            <div className="form-group-checkbox">
              <input
                className="form-checkbox"
                type="checkbox"
                id="felt-consentGiven"
                name="consentGiven"
                defaultChecked={v("consentGiven") === "on"}
              />
              <label htmlFor="felt-consentGiven">{t("log.consentGiven")}</label>
            </div>
          </div>
          <div className="form-group">
            <label className="form-label" htmlFor="felt-consentBy">
              {t("log.consentBy")}
            </label>
            <select
              className="form-select"
              id="felt-consentBy"
              name="consentBy"
              defaultValue={v("consentBy") ?? "participant"}
            >
              <option value="participant">{t("log.consentByParticipant")}</option>
              <option value="parent">{t("log.consentByParent")}</option>
            </select>
          </div>
          <TextField
            name="consentGiverName"
            label={t("log.consentGiverName")}
            hint={t("log.consentGiverHint")}
            autoComplete="off"
            defaultValue={v("consentGiverName")}
          />
          <fieldset className="form-group">
            <legend className="form-label">{t("log.consentPurposes")}</legend>
            {["kontakt", "opfoelgning", "deling-med-partnere"].map((purpose) => (
              <div className="form-group-checkbox" key={purpose}>
                <input
                  className="form-checkbox"
                  type="checkbox"
                  id={`purpose-${purpose}`}
                  name="consentPurposes"
                  value={purpose}
                  defaultChecked={purposes.includes(purpose)}
                />
                <label htmlFor={`purpose-${purpose}`}>{t(`log.purposes.${purpose}`)}</label>
              </div>
            ))}
          </fieldset>
        </>
      ) : null}
    </div>
  );
}
