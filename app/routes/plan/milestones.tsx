import { Link } from "react-router";
import { loadPlan } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { formatDate, formatDue } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { indexPlan } from "~/plan-format/plan-index";
import type { Route } from "./+types/milestones";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "milestones", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan } = await loadPlan(context, request, params.slug);
  const titles = new Map(indexPlan(plan).activities.map((a) => [a.activity.key, a.activity.title]));
  return {
    slug: plan.slug,
    planTitle: plan.title,
    milestones: plan.milestones.map((m) => ({ ...m, activityTitle: m.activity ? titles.get(m.activity) : undefined })),
  };
}

export default function MilestonesPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { slug, planTitle, milestones } = loaderData;
  const groups = [...new Set(milestones.map((m) => m.due))];
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("milestones.title") },
        ]}
      />
      <h1>{t("milestones.title")}</h1>
      {milestones.length === 0 ? <p>{t("milestones.none")}</p> : null}
      {groups.map((due) => (
        <section key={due} className="plan-section">
          <h2>{formatDue(due, t, lang)}</h2>
          <table className="table table--responsive-headers">
            <caption className="sr-only">{`${t("milestones.title")}: ${formatDue(due, t, lang)}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t("milestones.milestone")}</th>
                <th scope="col">{t("milestones.activity")}</th>
                <th scope="col">{t("milestones.responsible")}</th>
                <th scope="col">{t("milestones.status")}</th>
              </tr>
            </thead>
            <tbody>
              {milestones
                .filter((m) => m.due === due)
                .map((m) => (
                  <tr key={m.key}>
                    <td data-title={t("milestones.milestone")}>
                      {m.title}
                      {m.note ? <span className="form-hint d-block">{m.note}</span> : null}
                    </td>
                    <td data-title={t("milestones.activity")}>
                      {m.activity ? (
                        <Link to={`/planer/${slug}/aktiviteter/${m.activity}`}>{m.activityTitle}</Link>
                      ) : (
                        "–"
                      )}
                    </td>
                    <td data-title={t("milestones.responsible")}>{m.responsible ?? "–"}</td>
                    <td data-title={t("milestones.status")}>
                      <span className={`tag milestone-${m.status}`}>{t(`milestones.statuses.${m.status}`)}</span>
                      {m.doneDate ? ` ${formatDate(m.doneDate, lang)}` : ""}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}
