import { useTranslation } from "react-i18next";
import { TextField } from "../form";
import { ConsentFields } from "./consent-fields";

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
  return (
    <div className="walk-in-fields" data-outbox-clear>
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
          <ConsentFields values={values} errors={errors} />
        </>
      ) : null}
    </div>
  );
}
