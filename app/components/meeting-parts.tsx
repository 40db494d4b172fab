import type { MeetingPage } from "~/.server/views/meeting-page";
import { useTranslation } from "~/i18n/use-translation";
import { Select } from "./form";

/** The meeting's days and period: a GET form, so each choice has its own address and works without JavaScript. */
export function MeetingChoiceForm({ d }: { d: Pick<MeetingPage, "since" | "meeting" | "period" | "choices"> }) {
  const { t } = useTranslation();
  return (
    <form method="get" className="meeting-choice no-print">
      <div className="form-group">
        <label className="form-label" htmlFor="felt-siden">
          {t("meeting.since")}
        </label>
        <input className="form-input input-width-s" type="date" id="felt-siden" name="siden" defaultValue={d.since} />
      </div>
      <div className="form-group">
        <label className="form-label" htmlFor="felt-moede">
          {t("meeting.meetingDate")}
        </label>
        <input className="form-input input-width-s" type="date" id="felt-moede" name="moede" defaultValue={d.meeting} />
      </div>
      <Select
        name="periode"
        label={t("attainment.period")}
        options={d.choices.map((c) => ({ value: c.id, label: c.label }))}
        defaultValue={d.period}
      />
      <button type="submit" className="button button-secondary">
        {t("meeting.show")}
      </button>
    </form>
  );
}

/** Prints the page (the browser's print dialog); the print styles leave out menus and forms. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <p className="no-print">
      <button type="button" className="button button-tertiary" onClick={() => window.print()}>
        {t("meeting.print")}
      </button>
    </p>
  );
}

type Milestone = MeetingPage["overdue"][number];

/** A short list of milestones with due date, responsible and note. */
export function MilestoneList({ title, list, empty }: { title: string; list: Milestone[]; empty: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{title}</h3>
      {list.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="meeting-milestones">
          {list.map((m) => (
            <li key={m.key}>
              {m.title} · {t("milestones.due")}: {m.due}
              {m.responsible ? ` · ${m.responsible}` : ""}
              {m.note ? <span className="form-hint"> ({m.note})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
