import { useTranslation } from "react-i18next";
import { TextField } from "../form";

const breakdownPairs: Record<string, [string, string]> = {
  childrenAdults: ["children", "adults"],
  residents: ["residents", "nonResidents"],
  newReturning: ["new", "returning"],
  volunteers: ["volunteers", ""],
};

/** The fields of an event: type, date, time, place, and a headcount with the activity's breakdowns. */
export function EventFields({
  eventTypes,
  breakdowns,
  values = {},
  errors = {},
  showNotes,
  namedAttendance = false,
}: {
  eventTypes: { key: string; name: string }[];
  breakdowns: string[];
  values?: {
    type?: string;
    title?: string | null;
    date?: string;
    startTime?: string | null;
    endTime?: string | null;
    place?: string | null;
    headcount?: number | null;
    breakdown?: Record<string, number>;
    notes?: string | null;
  };
  errors?: Record<string, string>;
  showNotes: boolean;
  namedAttendance?: boolean;
}) {
  const { t } = useTranslation();
  const b = values.breakdown ?? {};
  return (
    <>
      <div className={`form-group${errors.type ? " form-error" : ""}`}>
        <label className="form-label" htmlFor="felt-type">
          {t("log.eventType")}
        </label>
        {errors.type ? <span className="form-error-message">{errors.type}</span> : null}
        <select
          className="form-select"
          id="felt-type"
          name="type"
          defaultValue={values.type ?? eventTypes[0]?.key ?? "arrangement"}
          required
        >
          {eventTypes.length === 0 ? <option value="arrangement">{t("log.defaultEventType")}</option> : null}
          {eventTypes.map((e) => (
            <option key={e.key} value={e.key}>
              {e.name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name="title"
        label={t("log.eventTitle")}
        hint={t("log.eventTitleHint")}
        defaultValue={values.title ?? ""}
        error={errors.title}
      />
      <TextField
        name="date"
        type="date"
        label={t("log.date")}
        defaultValue={values.date}
        error={errors.date}
        width="s"
        required
      />
      <div className="field-row">
        <TextField
          name="startTime"
          type="time"
          label={t("log.startTime")}
          defaultValue={values.startTime ?? ""}
          error={errors.startTime}
          width="xs"
        />
        <TextField
          name="endTime"
          type="time"
          label={t("log.endTime")}
          defaultValue={values.endTime ?? ""}
          error={errors.endTime}
          width="xs"
        />
      </div>
      <TextField name="place" label={t("log.place")} defaultValue={values.place ?? ""} error={errors.place} />
      {namedAttendance ? null : (
        <fieldset className="plan-section">
          <legend className="h4">{t("log.headcountTitle")}</legend>
          <TextField
            name="headcount"
            type="number"
            inputMode="numeric"
            label={t("log.headcountLabel")}
            hint={t("log.headcountHint")}
            defaultValue={values.headcount?.toString() ?? ""}
            error={errors.headcount}
            width="xs"
          />
          {breakdowns
            .flatMap((key) => breakdownPairs[key]?.filter(Boolean) ?? [])
            .map((part) => (
              <TextField
                key={part}
                name={`breakdown.${part}`}
                type="number"
                inputMode="numeric"
                label={t(`log.breakdown.${part}`)}
                defaultValue={b[part]?.toString() ?? ""}
                error={errors[`breakdown.${part}`]}
                width="xs"
              />
            ))}
        </fieldset>
      )}
      {showNotes ? (
        <div className="form-group">
          <label className="form-label" htmlFor="felt-notes">
            {t("log.notes")}
          </label>
          <span className="form-hint">{t("log.notesHint")}</span>
          <textarea className="form-input" id="felt-notes" name="notes" rows={3} defaultValue={values.notes ?? ""} />
        </div>
      ) : null}
    </>
  );
}
