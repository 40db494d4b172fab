import { Link } from "react-router";
import type { ActivityLink } from "~/.server/views/plan-views";
import { useTranslation } from "~/i18n/use-translation";

/** Activities and their sub-activities as nested links. */
export function ActivityTree({ slug, activities }: { slug: string; activities: ActivityLink[] }) {
  const { t } = useTranslation();
  if (activities.length === 0) return null;
  return (
    <ul className="activity-tree">
      {activities.map((a) => (
        <li key={a.key}>
          <Link to={`/planer/${slug}/aktiviteter/${a.key}`}>{a.number ? `${a.number} ${a.title}` : a.title}</Link>
          {a.criteria > 0 ? (
            <span className="form-hint"> · {t("activity.criteriaCount", { count: a.criteria })}</span>
          ) : null}
          <ActivityTree slug={slug} activities={a.activities} />
        </li>
      ))}
    </ul>
  );
}
