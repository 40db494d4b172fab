import { Link } from "react-router";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";

/** Where a session opens: its attendance screen when attendance is ticked by name, else the event page. */
export function sessionPath(slug: string, s: { id: string; activityKey: string; named: boolean }): string {
  return s.named ? `/log/${slug}/${s.activityKey}/fremmoede?arrangement=${s.id}` : `/log/${slug}/arrangement/${s.id}`;
}

/** Sessions (events) as big tap targets: date, time, title and how many came. */
export function SessionList({
  slug,
  sessions,
}: {
  slug: string;
  sessions: {
    id: string;
    date: string;
    startTime: string | null;
    title: string | null;
    type: string;
    activityTitle: string;
    attendees: number;
    headcount: number | null;
    activityKey: string;
    named: boolean;
  }[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <ul className="session-list unstyled-list">
      {sessions.map((s) => (
        <li key={s.id}>
          <Link to={sessionPath(slug, s)} className="session-link">
            <span className="session-when">
              {formatDate(s.date, lang)}
              {s.startTime ? ` ${t("log.at")} ${s.startTime}` : ""}
            </span>
            <span className="session-what">{s.title ?? s.activityTitle}</span>
            <span className="session-count">
              {s.attendees > 0
                ? t("log.attendees", { count: s.attendees })
                : s.headcount !== null
                  ? t("log.headcount", { count: s.headcount })
                  : t("log.noAttendance")}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
