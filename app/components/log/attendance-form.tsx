import { useEffect, useRef, useState } from "react";
import { useTranslation } from "~/i18n/use-translation";
import { PostForm, Select, TextField } from "../form";
import { WalkInFields } from "./walk-in-fields";

/** A person on the attendance screen. */
export interface RosterPerson {
  id: string;
  code: string;
  initials: string | null;
  birthYear: number | null;
}

/**
 * The attendance screen's form: the roster with search and "alle mødt", a tick per person,
 * "+ ny deltager" inline, and one save. It sends what the person changed (`was` against
 * `present`), never a whole list that could undo someone else's ticks.
 */
export function AttendanceForm({
  action,
  screen,
  values = {},
  errors = {},
  walkInOpen,
  children,
}: {
  action: string;
  screen: {
    eventId: string | null;
    date: string;
    eventTypes: { key: string; name: string }[];
    defaultType?: string;
    people: RosterPerson[];
    present: string[];
    canAddPerson: boolean;
    personNamesEnabled: boolean;
  };
  values?: Record<string, string | string[]>;
  errors?: Record<string, string>;
  walkInOpen: boolean;
  /** Shown above the save button (a duplicate warning with its choices). */
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const sent = Array.isArray(values.present) ? values.present : null;
  return (
    <PostForm action={action} id="fremmoede" className="attendance-form">
      {screen.eventId ? <input type="hidden" name="eventId" value={screen.eventId} /> : null}
      {screen.present.map((id) => (
        <input type="hidden" name="was" value={id} key={id} />
      ))}
      {screen.eventId ? (
        <input type="hidden" name="date" value={screen.date} />
      ) : (
        <SessionFields screen={screen} values={values} errors={errors} />
      )}
      {screen.people.length > 0 ? (
        <RosterChecklist people={screen.people} present={screen.present} sent={sent} />
      ) : (
        <p>{t("attendance.emptyRoster")}</p>
      )}
      {screen.canAddPerson ? (
        <details className="walk-in" open={walkInOpen}>
          <summary className="button button-secondary">{t("attendance.walkIn")}</summary>
          <WalkInFields namesEnabled={screen.personNamesEnabled} values={values} errors={errors} />
        </details>
      ) : null}
      {children}
      <button type="submit" name="intent" value="save" className="button button-primary attendance-save">
        {t("log.saveAttendance")}
      </button>
    </PostForm>
  );
}

/**
 * The roster as a checklist: a search that hides those who do not match, "alle mødt" (ticks those shown;
 * without JavaScript it saves everyone), and a tick per person — as sent back after an error, else as saved.
 */
function RosterChecklist({
  people,
  present,
  sent,
}: {
  people: RosterPerson[];
  present: string[];
  sent: string[] | null;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState("");
  const [hydrated, setHydrated] = useState(false);
  const list = useRef<HTMLFieldSetElement>(null);
  useEffect(() => setHydrated(true), []);
  const matches = (p: RosterPerson) =>
    !query || `${p.initials ?? ""} ${p.code} ${p.birthYear ?? ""}`.toLowerCase().includes(query.trim().toLowerCase());
  const tickAll = (event: React.MouseEvent) => {
    if (!hydrated) return; // without JavaScript the button saves everyone on the roster
    event.preventDefault();
    for (const box of list.current?.querySelectorAll<HTMLInputElement>("input[name=present]") ?? [])
      if (!box.closest("[hidden]")) box.checked = true;
  };
  return (
    <>
      <div className="form-group attendance-search">
        <label className="form-label" htmlFor="felt-soeg">
          {t("attendance.search")}
        </label>
        <input
          className="form-input input-width-l"
          id="felt-soeg"
          type="search"
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <fieldset className="attendance-list" ref={list}>
        <legend className="h3">{t("log.whoCame")}</legend>
        <button type="submit" name="everyone" value="1" className="button button-secondary" onClick={tickAll}>
          {t("attendance.everyone")}
        </button>
        {people.map((p) => (
          <div className="form-group-checkbox" key={p.id} hidden={!matches(p)}>
            <input
              className="form-checkbox"
              type="checkbox"
              id={`p-${p.id}`}
              name="present"
              value={p.id}
              defaultChecked={sent ? sent.includes(p.id) : present.includes(p.id)}
            />
            <label htmlFor={`p-${p.id}`}>
              {p.initials ?? "–"}{" "}
              <span className="form-hint">
                {p.code}
                {p.birthYear ? ` · ${p.birthYear}` : ""}
              </span>
            </label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

/** Date and type of a session not yet saved; the date defaults to today inside the plan period. */
function SessionFields({
  screen,
  values,
  errors,
}: {
  screen: { date: string; eventTypes: { key: string; name: string }[]; defaultType?: string };
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const v = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  return (
    <div className="field-row">
      <TextField
        name="date"
        type="date"
        label={t("log.date")}
        defaultValue={v("date") ?? screen.date}
        error={errors.date}
        width="s"
        required
      />
      {screen.eventTypes.length > 1 ? (
        <Select
          name="type"
          label={t("log.eventType")}
          error={errors.type}
          defaultValue={v("type") ?? screen.defaultType}
          options={screen.eventTypes.map((e) => ({ value: e.key, label: e.name }))}
        />
      ) : null}
    </div>
  );
}
