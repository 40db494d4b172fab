import { useTranslation } from "~/i18n/use-translation";
import { TextField } from "../form";

/** What a form sent last time, by field name; ticked boxes as lists. */
export type SentValues = Record<string, string | string[]>;

/** The text sent for one field, or nothing when it was a list or not sent. */
export const textOf = (values: SentValues, name: string) =>
  typeof values[name] === "string" ? (values[name] as string) : undefined;

/** Initials and birth year: the pseudonymous facts every participant form asks first. */
export function PseudonymFields({
  values,
  errors,
  initialsHint,
}: {
  values: SentValues;
  errors: Record<string, string>;
  initialsHint?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="initials"
        label={t("log.initials")}
        hint={initialsHint}
        error={errors.initials}
        width="xs"
        defaultValue={textOf(values, "initials")}
      />
      <TextField
        name="birthYear"
        type="number"
        inputMode="numeric"
        label={t("log.birthYear")}
        error={errors.birthYear}
        width="xs"
        defaultValue={textOf(values, "birthYear")}
      />
    </>
  );
}
