import { Form, Link } from "react-router";
import { z } from "zod";
import { today } from "~/.server/clock";
import { portfolioAttainment } from "~/.server/domain/portfolio/portfolio-attainment";
import { withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Select } from "~/components/form";
import { formatDateTime, formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { statuses } from "~/measures/status";
import { pageTitle } from "~/page-title";
import { lbfAreas } from "~/portfolio/lbf-areas";
import type { AreaCounts } from "~/portfolio/portfolio-row";
import type { Route } from "./+types/portfolio";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "portfolio");
}

const filtersSchema = z.object({
  kommune: z.string().max(200).optional(),
  type: z.enum(["helhedsplan", "tryghedsplan", "projekt"]).optional().catch(undefined),
  periode: z.string().max(10).optional(),
});

export const loader = withPageErrors(async ({ context, request }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const q = filtersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return portfolioAttainment(
    services(context).db,
    actor,
    { municipality: q.kommune || undefined, kind: q.type, period: q.periode || "plan" },
    today(),
  );
});

/** "3 af 7" with the statuses behind it, for one plan's criteria under one LBF area. */
function AreaCell({ counts }: { counts: AreaCounts }) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language as Language);
  if (counts.criteria === 0) return <td className="portfolio-empty">–</td>;
  const met = counts.byStatus.opfyldt ?? 0;
  const onTrack = counts.byStatus["paa-vej"] ?? 0;
  return (
    <td>
      <strong>{t("portfolio.metOf", { met: n(met + onTrack), total: n(counts.criteria) })}</strong>
      <span className="form-hint portfolio-statuses">
        {statuses
          .filter((s) => counts.byStatus[s])
          .map((s) => `${t(`attainment.statuses.${s}`)} ${n(counts.byStatus[s] ?? 0)}`)
          .join(" · ")}
      </span>
    </td>
  );
}

export default function Portfolio({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const n = (x: number) => formatNumber(x, i18n.language as Language);
  return (
    <>
      <h1>{t("portfolio.title")}</h1>
      <p className="font-lead">{t("portfolio.intro", { count: d.readable })}</p>
      <PortfolioFilters d={d} />
      {d.updating > 0 && (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("portfolio.updating", { count: d.updating })}</p>
          </div>
        </div>
      )}
      {d.plans.length === 0 ? (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("portfolio.none")}</p>
          </div>
        </div>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--compact">
            <caption>{t("portfolio.caption", { count: d.plans.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("portfolio.plan")}</th>
                {lbfAreas.map((a) => (
                  <th scope="col" key={a}>
                    {t(`portfolio.areas.${a}`)}
                  </th>
                ))}
                <th scope="col">{t("portfolio.reach")}</th>
              </tr>
            </thead>
            <tbody>
              {d.plans.map((p) => (
                <tr key={p.slug}>
                  <th scope="row">
                    <Link to={`/planer/${p.slug}/maalopfyldelse`}>{p.title}</Link>
                    <span className="form-hint portfolio-statuses">
                      {[t(`plan.kinds.${p.kind}`), p.municipality, p.ownerName].filter(Boolean).join(" · ")}
                    </span>
                    {p.earlierFrom && (
                      <span className="form-hint portfolio-earlier">
                        {t("portfolio.earlierFrom", { when: formatDateTime(p.earlierFrom, i18n.language as Language) })}
                      </span>
                    )}
                  </th>
                  {p.pending ? (
                    <td colSpan={lbfAreas.length + 1} className="portfolio-pending">
                      {t("portfolio.pending")}
                    </td>
                  ) : (
                    <>
                      {lbfAreas.map((a) => (
                        <AreaCell key={a} counts={p.areas[a]} />
                      ))}
                      <td>{p.reachSuppressed ? t("portfolio.suppressed") : n(p.reach ?? 0)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="form-hint">{t("portfolio.aggregatesOnly")}</p>
    </>
  );
}

/** The filters: municipality, kind of plan and period (a GET form, so each view has its own address). */
function PortfolioFilters({ d }: { d: Route.ComponentProps["loaderData"] }) {
  const { t } = useTranslation();
  const all = { value: "", label: t("portfolio.all") };
  return (
    <Form method="get" className="portfolio-filters">
      <Select
        id="kommune"
        name="kommune"
        label={t("portfolio.municipality")}
        options={[all, ...d.municipalities.map((m) => ({ value: m, label: m }))]}
        defaultValue={d.filters.municipality ?? ""}
      />
      <Select
        id="type"
        name="type"
        label={t("portfolio.kind")}
        options={[
          all,
          ...(["helhedsplan", "tryghedsplan", "projekt"] as const).map((k) => ({
            value: k,
            label: t(`plan.kinds.${k}`),
          })),
        ]}
        defaultValue={d.filters.kind ?? ""}
      />
      <Select
        id="periode"
        name="periode"
        label={t("portfolio.period")}
        options={[
          { value: "plan", label: t("portfolio.wholePlan") },
          ...d.years.map((y) => ({ value: String(y), label: String(y) })),
        ]}
        defaultValue={d.filters.period}
      />
      <button type="submit" className="button button-secondary">
        {t("portfolio.show")}
      </button>
    </Form>
  );
}
