import { useTranslation } from "~/i18n/use-translation";
import { Select, TextField } from "../form";

/** The consent block for a participant whose name or contact details are stored: who gave it, when, for what. */
export function ConsentFields({
  values,
  errors,
  withDate = false,
}: {
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  /** Ask for the consent's date (else the day it is recorded). */
  withDate?: boolean;
}) {
  const { t } = useTranslation();
  const v = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  const checked = (name: string) => values[name] === "on";
  const today = new Date().toISOString().slice(0, 10);
  return (
    <>
      <div className={`form-group${errors.consent ? " form-error" : ""}`}>
        {errors.consent ? (
          <span className="form-error-message" id="consent-error">
            {errors.consent}
          </span>
        ) : null}
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id="felt-consentGiven"
            name="consentGiven"
            defaultChecked={checked("consentGiven")}
          />
          <label htmlFor="felt-consentGiven">{t("log.consentGiven")}</label>
        </div>
      </div>
      <Select
        name="consentBy"
        label={t("log.consentBy")}
        defaultValue={v("consentBy") ?? "participant"}
        options={[
          { value: "participant", label: t("log.consentByParticipant") },
          { value: "parent", label: t("log.consentByParent") },
        ]}
      />
      <TextField
        name="consentGiverName"
        label={t("log.consentGiverName")}
        hint={t("log.consentGiverHint")}
        autoComplete="off"
        defaultValue={v("consentGiverName")}
      />
      {withDate ? (
        <TextField
          name="consentOn"
          type="date"
          label={t("log.consentOn")}
          defaultValue={v("consentOn") ?? today}
          width="s"
        />
      ) : null}
      <ConsentPurposes chosen={Array.isArray(values.consentPurposes) ? values.consentPurposes : []} />
    </>
  );
}

/** What the consent covers: contact, follow-up, sharing with partners. */
function ConsentPurposes({ chosen }: { chosen: string[] }) {
  const { t } = useTranslation();
  return (
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
            defaultChecked={chosen.includes(purpose)}
          />
          <label htmlFor={`purpose-${purpose}`}>{t(`log.purposes.${purpose}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
