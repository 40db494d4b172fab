import { loadPlan } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { BudgetTable } from "~/components/budget-table";
import { TextBlock } from "~/components/text";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { indexPlan } from "~/plan-format/plan-index";
import type { Route } from "./+types/budget";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "budget", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan } = await loadPlan(context, request, params.slug);
  const titles = new Map(indexPlan(plan).activities.map((a) => [a.activity.key, a.activity.title]));
  const budget = plan.budget;
  return {
    slug: plan.slug,
    planTitle: plan.title,
    budget: budget
      ? {
          ...budget,
          lines: budget.lines.map((l) => ({
            ...l,
            activityTitle: l.activity ? titles.get(l.activity) : undefined,
            sourceName: budget.sources.find((s) => s.key === l.source)?.name,
          })),
        }
      : undefined,
  };
}

export default function BudgetPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { slug, planTitle, budget } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("budget.title") },
        ]}
      />
      <h1>{t("budget.title")}</h1>
      {budget ? (
        <>
          <BudgetTable
            lines={budget.lines}
            footnotes={budget.footnotes}
            statedTotals={budget.statedTotals}
            caption={t("budget.title")}
          />
          <TextBlock text={budget.note} />
        </>
      ) : (
        <p>{t("budget.none")}</p>
      )}
    </>
  );
}
