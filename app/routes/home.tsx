import { Link, redirect } from "react-router";
import { can } from "~/.server/auth/policy";
import { listPlans } from "~/.server/domain/plans/list-plans";
import { requireActor, services } from "~/.server/request-context";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/home";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "home");
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const mayCreate = actor.memberships.some((m) =>
    can(actor, "plan.import", { type: "organisation", organisationId: m.organisationId }),
  );
  const plans = await listPlans(services(context).db, actor);
  // A steering-group reader comes for the meeting: straight to "Til styregruppemødet".
  const steering = actor.memberships.length > 0 && actor.memberships.every((m) => m.role === "steeringReader");
  if (steering && plans.length === 1) throw redirect(`/planer/${plans[0].slug}/styregruppe`);
  return { plans, mayCreate, steering };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { plans } = loaderData;
  return (
    <>
      <h1>{t("home.title")}</h1>
      <p className="font-lead">{t("home.intro")}</p>
      {loaderData.mayCreate ? (
        <p>
          <Link to="/planer/ny" className="button button-secondary">
            {t("nav.newPlan")}
          </Link>{" "}
          <Link to="/planer/indlaes" className="button button-secondary">
            {t("nav.readPlan")}
          </Link>
        </p>
      ) : null}
      {plans.length === 0 ? (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("home.empty")}</p>
          </div>
        </div>
      ) : (
        <ul className="plan-list unstyled-list">
          {plans.map((p) => (
            <li key={p.slug} className="card plan-card">
              <div className="card-content">
                <span className="card-subheading">{t(`plan.kinds.${p.kind}`)}</span>
                <h2 className="card-heading h3">
                  <Link to={`/planer/${p.slug}${loaderData.steering ? "/styregruppe" : ""}`}>{p.title}</Link>
                </h2>
                <p className="card-text">
                  {p.ownerName} · {formatDate(p.periodStart, lang)} – {formatDate(p.periodEnd, lang)}
                </p>
                <p className="card-text form-hint">
                  {t("home.counts", { focusAreas: p.focusAreas, activities: p.activities, criteria: p.criteria })}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
