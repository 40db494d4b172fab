import { today } from "~/.server/clock";
import { activityRecent } from "~/.server/domain/attainment/activity-recent";
import { translatorFor } from "~/.server/http/translator";
import { withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { AttainmentDashboard } from "~/components/attainment-dashboard";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { usePageJson } from "~/page-json";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/activity";
import { loadAttainmentDashboard } from "./dashboard.server";

/** Shows no person: the rendered page may be kept and sent again while its data are the same (render-cache.ts). */
export const handle = { renderCache: "aggregates" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "attainmentActivity");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const scope = { kind: "activity" as const, key: params.activityKey };
  const { view, plan, planId } = await loadAttainmentDashboard(context, request, params.slug, scope, today());
  const actor = requireActor(context, request);
  const t = translatorFor(request);
  const recent = await activityRecent(
    services(context).db,
    actor,
    planId,
    plan,
    params.activityKey,
    today(),
    t("attainment.ongoing"),
  );
  return { view, recent };
});

/** The activity's criteria, and its recent events and courses (numbers only, no persons). */
export default function ActivityAttainment({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const d = { ...usePageJson(loaderData.view), recent: loaderData.recent };
  const lang = i18n.language as Language;
  return (
    <AttainmentDashboard d={d}>
      <section className="plan-section" aria-labelledby="recent-heading">
        <h2 id="recent-heading">{t("attainment.recentEvents")}</h2>
        {d.recent.events.length === 0 ? (
          <p>{t("attainment.noEvents")}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--compact">
              <caption className="sr-only">{t("attainment.recentEvents")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("log.date")}</th>
                  <th scope="col">{t("attainment.eventType")}</th>
                  <th scope="col" className="align-text-right">
                    {t("attainment.attendance")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {d.recent.events.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{formatDate(e.date, lang)}</th>
                    <td>{e.type}</td>
                    <td className="align-text-right">{e.count ?? "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h2>{t("attainment.coursesByStage")}</h2>
        {d.recent.courses.length === 0 ? (
          <p>{t("attainment.noCourses")}</p>
        ) : (
          <ul>
            {d.recent.courses.map((c) => (
              <li key={c.label}>
                {c.label}: {c.count}
              </li>
            ))}
          </ul>
        )}
      </section>
    </AttainmentDashboard>
  );
}
