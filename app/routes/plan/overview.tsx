import { Link } from "react-router";
import { pageJson } from "~/.server/http/page-json";
import { languageOf, translatorFor } from "~/.server/http/translator";
import { loadPlan } from "~/.server/request-context";
import { criterionViews } from "~/.server/views/plan-views";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { CriteriaTable } from "~/components/criteria-table";
import { BulletList, Facts, Section, TextBlock } from "~/components/text";
import { formatDate, formatNumber, formatPeriodShort } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { keptIn } from "~/memo";
import { type PageJson, usePageJson } from "~/page-json";
import { pageTitle } from "~/page-title";
import type { PlanFile } from "~/plan-format/plan";
import { indexPlan } from "~/plan-format/plan-index";
import type { Route } from "./+types/overview";

/** Shows no person: the rendered page may be kept and sent again while its data are the same (render-cache.ts). */
export const handle = { renderCache: "aggregates" };

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "named", { name: data.title }) : pageTitle(matches, "app");
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan } = await loadPlan(context, request, params.slug);
  // Made once per plan document (kept frozen per revision) and language, sent as one JSON text.
  const made = keptIn(views, plan, () => new Map<string, PageJson<PlanOverviewView>>());
  const view = keptIn(made, languageOf(request), () => pageJson(overview(plan, translatorFor(request))));
  return { title: plan.title, view };
}

type PlanOverviewView = ReturnType<typeof overview>;
const views = new WeakMap<PlanFile, Map<string, PageJson<PlanOverviewView>>>();

function overview(plan: PlanFile, t: ReturnType<typeof translatorFor>) {
  const index = indexPlan(plan);
  const { focusAreas, criteria, milestones, governance, roles, budget, theoryOfChange, logbook, ...rest } = plan;
  return {
    plan: rest,
    criteria: criterionViews(plan, criteria, {}, t),
    focusAreas: focusAreas.map((f) => ({
      key: f.key,
      number: f.number,
      title: f.title,
      activities: index.activities.filter((a) => a.focusArea.key === f.key).length,
      criteria: index.criteria.filter((c) => c.focusArea?.key === f.key).length,
    })),
  };
}

export default function PlanOverview({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { plan, criteria, focusAreas } = usePageJson(loaderData.view);
  return (
    <>
      <Breadcrumbs items={[{ label: t("nav.plans"), to: "/" }, { label: plan.title }]} />
      <h1>{plan.title}</h1>
      {plan.subtitle ? <p className="font-lead">{plan.subtitle}</p> : null}
      <Facts
        items={[
          {
            label: t("plan.period"),
            value: `${formatDate(plan.period.start, lang)} – ${formatDate(plan.period.end, lang)}`,
          },
          { label: t("plan.owner"), value: plan.owner.name },
          { label: t("plan.municipality"), value: plan.municipality },
          { label: t("plan.funder"), value: plan.funder },
          { label: t("plan.source"), value: plan.source },
        ]}
      />
      <Section title={t("plan.summary")} show={!!plan.summary}>
        <TextBlock text={plan.summary} />
      </Section>
      <Section title={t("plan.vision")} show={!!plan.vision}>
        <TextBlock text={plan.vision} />
      </Section>
      <Section title={t("plan.mainPurposes")} show={plan.mainPurposes.length > 0}>
        <BulletList items={plan.mainPurposes} />
      </Section>
      <Section title={t("plan.overallCriteria")} show={criteria.length > 0}>
        <CriteriaTable criteria={criteria} caption={t("plan.overallCriteria")} />
      </Section>
      <Section title={t("nav.focusAreas")}>
        <ul className="focus-area-list">
          {focusAreas.map((f) => (
            <li key={f.key}>
              <Link to={`indsatsomraader/${f.key}`}>{f.number ? `${f.number} ${f.title}` : f.title}</Link>
              <span className="form-hint">
                {" "}
                · {t("plan.focusAreaCounts", { activities: f.activities, criteria: f.criteria })}
              </span>
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("plan.areas")} show={plan.areas.length > 0}>
        {plan.areas.map((area) => (
          <AreaDescription key={area.key} area={area} />
        ))}
      </Section>
      <Section title={t("plan.background")} show={!!plan.background}>
        <TextBlock text={plan.background} />
      </Section>
      <Section title={t("plan.foreword")} show={!!plan.foreword}>
        <TextBlock text={plan.foreword} />
      </Section>
      <Section title={t("plan.evaluation")} show={!!plan.evaluation}>
        <TextBlock text={plan.evaluation} />
      </Section>
      <PartnersAndApprovals plan={plan} />
    </>
  );
}

type Area = PlanOverviewView["plan"]["areas"][number];

/** A housing area: its description, its departments (tenancies, residents) and its statistics. */
function AreaDescription({ area }: { area: Area }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <div>
      <h3>{area.name}</h3>
      <TextBlock text={area.description} />
      {area.departments.length > 0 ? (
        <table className="table table--responsive-headers">
          <caption className="sr-only">{area.name}</caption>
          <thead>
            <tr>
              <th scope="col">{t("plan.departmentNumber")}</th>
              <th scope="col">{t("plan.department")}</th>
              <th scope="col" className="align-text-right">
                {t("plan.tenancies")}
              </th>
              <th scope="col" className="align-text-right">
                {t("plan.residents")}
              </th>
            </tr>
          </thead>
          <tbody>
            {area.departments.map((d) => (
              <tr key={d.number}>
                <td data-title={t("plan.departmentNumber")}>{d.number}</td>
                <td data-title={t("plan.department")}>{d.name}</td>
                <td data-title={t("plan.tenancies")} className="align-text-right">
                  {d.tenancies !== undefined ? formatNumber(d.tenancies, lang) : "–"}
                </td>
                <td data-title={t("plan.residents")} className="align-text-right">
                  {d.residents !== undefined ? formatNumber(d.residents, lang) : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {area.statistics.length > 0 ? <AreaStatistics area={area} /> : null}
    </div>
  );
}

/** The area's statistics as the plan states them, with the comparison. */
function AreaStatistics({ area }: { area: Area }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <table className="table table--responsive-headers">
      <caption>{t("plan.statistics", { area: area.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("plan.statistic")}</th>
          <th scope="col" className="align-text-right">
            {t("plan.value")}
          </th>
          <th scope="col">{t("plan.comparison")}</th>
        </tr>
      </thead>
      <tbody>
        {area.statistics.map((s) => (
          <tr key={s.key}>
            <td data-title={t("plan.statistic")}>
              {s.label}
              {s.period ? ` (${formatPeriodShort(s.period, t)})` : s.date ? ` (${formatDate(s.date, lang)})` : ""}
              {s.source ? <span className="form-hint d-block">{s.source}</span> : null}
            </td>
            <td data-title={t("plan.value")} className="align-text-right">
              {t(`units.${s.unit}`, { value: formatNumber(s.value, lang) })}
            </td>
            <td data-title={t("plan.comparison")}>
              {s.comparison
                ? `${s.comparison.area}: ${t(`units.${s.unit}`, { value: formatNumber(s.comparison.value, lang) })}`
                : "–"}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The plan's partners and the approvals it has had. */
function PartnersAndApprovals({ plan }: { plan: PlanOverviewView["plan"] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <>
      <Section title={t("plan.partners")} show={plan.partners.length > 0}>
        <ul>
          {plan.partners.map((p) => (
            <li key={p.key}>
              {p.name}
              {p.description ? <span className="form-hint"> – {p.description}</span> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section title={t("plan.approvals")} show={plan.approvals.length > 0}>
        <ul>
          {plan.approvals.map((a) => (
            <li key={`${a.body}${a.date ?? ""}`}>
              {a.date ? `${formatDate(a.date, lang)}: ` : ""}
              {a.body}
              {a.note ? ` – ${a.note}` : ""}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
