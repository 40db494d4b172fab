import { useTranslation } from "~/i18n/use-translation";
import { Select, type SelectOption, TextField } from "../form";

const breakdownPairs: Record<string, [string, string]> = {
  childrenAdults: ["children", "adults"],
  residents: ["residents", "nonResidents"],
  newReturning: ["new", "returning"],
  volunteers: ["volunteers", ""],
};

type EventValues = {
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

/** The choices of an event type: the plan's types, or the one default type when the plan names none. */
export function eventTypeOptions(eventTypes: { key: string; name: string }[], defaultLabel: string): SelectOption[] {
  if (eventTypes.length === 0) return [{ value: "arrangement", label: defaultLabel }];
  return eventTypes.map((e) => ({ value: e.key, label: e.name }));
}

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
  values?: EventValues;
  errors?: Record<string, string>;
  showNotes: boolean;
  namedAttendance?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        name="type"
        label={t("log.eventType")}
        error={errors.type}
        defaultValue={values.type ?? eventTypes[0]?.key ?? "arrangement"}
        options={eventTypeOptions(eventTypes, t("log.defaultEventType"))}
        required
      />
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
      {namedAttendance ? null : <HeadcountFields breakdowns={breakdowns} values={values} errors={errors} />}
      {showNotes ? <NotesField notes={values.notes} /> : null}
    </>
  );
}

/** The headcount of an event without named attendance, split by the activity's breakdowns. */
function HeadcountFields({
  breakdowns,
  values,
  errors,
}: {
  breakdowns: string[];
  values: EventValues;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const b = values.breakdown ?? {};
  return (
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
  );
}

/** Notes on the event, for those who may read them. */
function NotesField({ notes }: { notes: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <div className="form-group">
      <label className="form-label" htmlFor="felt-notes">
        {t("log.notes")}
      </label>
      <span className="form-hint">{t("log.notesHint")}</span>
      <textarea className="form-input" id="felt-notes" name="notes" rows={3} defaultValue={notes ?? ""} />
    </div>
  );
}
