import { Link } from "react-router";
import { logStart } from "~/.server/domain/logbook/log-start";
import { requireActor, services } from "~/.server/request-context";
import { OfflineWarmUp } from "~/components/offline/offline-warm-up";
import { SessionList, sessionPath } from "~/components/session-list";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/start";
import { today } from "./open-log.server";

/** Shows no person: the rendered page may be kept and sent again while its data are the same (render-cache.ts). */
export const handle = { renderCache: "aggregates" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "log");
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const day = today();
  return { today: day, plans: await logStart(services(context).db, actor, day) };
}

/** The pages kept on the phone for today and tomorrow: each roster's screen and each session. */
function offlinePaths(plans: Route.ComponentProps["loaderData"]["plans"]): string[] {
  const paths = plans.flatMap((plan) => [
    ...plan.activities
      .filter((a) => a.named)
      .flatMap((a) => [
        `/log/${plan.slug}/${a.key}/fremmoede`,
        `/log/${plan.slug}/${a.key}/fremmoede?dato=${plan.tomorrowDate}`,
      ]),
    ...[...plan.today, ...plan.tomorrow].map((s) => sessionPath(plan.slug, s)),
  ]);
  return [...new Set(paths)];
}

export default function LogStart({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("log.title")}</h1>
      <OfflineWarmUp paths={offlinePaths(loaderData.plans)} />
      {loaderData.plans.length === 0 ? <p>{t("log.nothing")}</p> : null}
      {loaderData.plans.map((plan) => (
        <section key={plan.slug} className="plan-section">
          <h2>{plan.title}</h2>
          <h3>{t("log.today")}</h3>
          {plan.today.length > 0 ? (
            <SessionList slug={plan.slug} sessions={plan.today} />
          ) : (
            <p>{t("log.noSessionsToday")}</p>
          )}
          <h3>{t("log.yourActivities")}</h3>
          <ul className="log-activities unstyled-list">
            {plan.activities.map((a) => (
              <li key={a.key}>
                <Link to={`/log/${plan.slug}/${a.key}`} className="log-activity-link">
                  {a.title}
                </Link>
                {a.named ? (
                  <Link to={`/log/${plan.slug}/${a.key}/fremmoede`} className="button button-primary log-activity-take">
                    {t(plan.running ? "attendance.takeToday" : "attendance.take")}
                    <span className="sr-only">: {a.title}</span>
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
          <p>
            <Link to={`/log/${plan.slug}/excel`}>{t("logExcel.link")}</Link>
          </p>
        </section>
      ))}
    </>
  );
}
