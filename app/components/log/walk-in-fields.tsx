import { useTranslation } from "~/i18n/use-translation";
import { TextField } from "../form";
import { ConsentFields } from "./consent-fields";
import { PseudonymFields, textOf } from "./pseudonym-fields";

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
  return (
    <div className="walk-in-fields" data-outbox-clear>
      <p className="form-hint">{t("attendance.walkInHint")}</p>
      <div className="field-row">
        <PseudonymFields values={values} errors={errors} />
      </div>
      {namesEnabled ? (
        <>
          <TextField
            name="name"
            label={t("log.name")}
            hint={t("attendance.nameHint")}
            error={errors.name}
            autoComplete="off"
            defaultValue={textOf(values, "name")}
          />
          <ConsentFields values={values} errors={errors} />
        </>
      ) : null}
    </div>
  );
}
