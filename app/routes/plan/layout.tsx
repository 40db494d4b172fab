import { NavLink, Outlet, useLocation, useRouteLoaderData } from "react-router";
import { can } from "~/.server/auth/policy";
import { loadPlan, requireActor } from "~/.server/request-context";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import type { Route } from "./+types/layout";

/** What every page of a plan shows: title, kind, period and the plan's menu. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan, resource } = await loadPlan(context, request, params.slug);
  const actor = requireActor(context, request);
  return {
    slug: plan.slug,
    title: plan.title,
    subtitle: plan.subtitle,
    kind: plan.kind,
    ownerName: plan.owner.name,
    period: plan.period,
    focusAreas: plan.focusAreas.map((f) => ({ key: f.key, number: f.number, title: f.title })),
    may: { edit: can(actor, "plan.edit", resource) },
    has: {
      milestones: plan.milestones.length > 0,
      organisation: plan.governance.length > 0 || plan.roles.length > 0,
      budget: plan.budget !== undefined,
      theoryOfChange: plan.theoryOfChange !== undefined,
    },
  };
}

export type PlanHeader = Awaited<ReturnType<typeof loader>>;

/** The plan header data for pages inside a plan. */
export function usePlanHeader(): PlanHeader {
  return useRouteLoaderData("routes/plan/layout") as PlanHeader;
}

export default function PlanLayout({ loaderData: plan }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const lang = i18n.language as Language;
  const base = `/planer/${plan.slug}`;
  const items = [
    { to: `${base}/styregruppe`, label: t("nav.meeting"), end: true },
    { to: base, label: t("nav.overview"), end: true },
    ...plan.focusAreas.map((f) => ({
      to: `${base}/indsatsomraader/${f.key}`,
      label: f.number ? `${f.number} ${f.title}` : f.title,
      end: false,
    })),
    ...(plan.has.milestones ? [{ to: `${base}/milepaele`, label: t("nav.milestones"), end: true }] : []),
    ...(plan.has.organisation ? [{ to: `${base}/organisering`, label: t("nav.organisation"), end: true }] : []),
    ...(plan.has.budget ? [{ to: `${base}/oekonomi`, label: t("nav.budget"), end: true }] : []),
    ...(plan.has.theoryOfChange ? [{ to: `${base}/forandringsteori`, label: t("nav.theoryOfChange"), end: true }] : []),
    { to: `${base}/maalopfyldelse`, label: t("nav.attainment"), end: false },
    { to: `${base}/opfoelgning`, label: t("nav.followUp"), end: true },
    { to: `${base}/omraadet`, label: t("nav.area"), end: false },
    { to: `${base}/undersoegelser`, label: t("nav.surveys"), end: false },
    { to: `${base}/tryghedsvandringer`, label: t("nav.walks"), end: false },
    { to: `${base}/rapporter`, label: t("nav.reports"), end: true },
    { to: `${base}/versioner`, label: t("nav.versions"), end: true },
    ...(plan.may.edit ? [{ to: `${base}/rediger`, label: t("nav.edit"), end: false }] : []),
  ];
  return (
    <div className="row plan-layout">
      <div className="col-12 col-lg-3 plan-menu" id="planens-menu">
        <p className="plan-menu-kind">{t(`plan.kinds.${plan.kind}`)}</p>
        <p className="plan-menu-title">
          <strong>{plan.title}</strong>
          <br />
          <span className="form-hint">
            {formatDate(plan.period.start, lang)} – {formatDate(plan.period.end, lang)}
          </span>
        </p>
        <nav aria-label={t("nav.planMenu")}>
          <ul className="sidemenu">
            {items.map((item) => (
              <li key={item.to} className={isCurrent(pathname, item) ? "active current" : undefined}>
                <NavLink to={item.to} end={item.end} className="nav-link">
                  <div>{item.label}</div>
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="col-12 col-lg-9 plan-content">
        <a href="#planens-menu" className="plan-menu-jump">
          {t("nav.toPlanMenu", { title: plan.title })}
        </a>
        <Outlet />
      </div>
    </div>
  );
}

/** Whether a menu item is the page shown (or, for a focus area, one of its activities' pages). */
function isCurrent(pathname: string, item: { to: string; end: boolean }) {
  return item.end ? pathname.replace(/\/$/, "") === item.to : pathname.startsWith(item.to);
}
