import { translatorFor } from "~/.server/http/translator";
import { loadPlan, notFound } from "~/.server/request-context";
import { activityLinks, criterionViews } from "~/.server/views/plan-views";
import { ActivityTree } from "~/components/activity-tree";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { CriteriaTable } from "~/components/criteria-table";
import { BulletList, Section, TextBlock } from "~/components/text";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/focus-area";

export function meta({ data, matches }: Route.MetaArgs) {
  return data
    ? pageTitle(matches, "planItem", { title: data.focusArea.title, plan: data.planTitle })
    : pageTitle(matches, "app");
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan } = await loadPlan(context, request, params.slug);
  const focusArea = plan.focusAreas.find((f) => f.key === params.focusAreaKey);
  if (!focusArea) throw notFound();
  const { activities, criteria, ...fields } = focusArea;
  return {
    slug: plan.slug,
    planTitle: plan.title,
    focusArea: fields,
    criteria: criterionViews(plan, criteria, { focusAreaKey: focusArea.key }, translatorFor(request)),
    activities: activityLinks(activities),
  };
}

export default function FocusAreaPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { focusArea: f, criteria, activities, slug, planTitle } = loaderData;
  const title = f.number ? `${f.number} ${f.title}` : f.title;
  return (
    <>
      <Breadcrumbs
        items={[{ label: t("nav.plans"), to: "/" }, { label: planTitle, to: `/planer/${slug}` }, { label: f.title }]}
      />
      <h1>{title}</h1>
      <TextBlock text={f.description} />
      <Section title={t("focusArea.problem")} show={!!f.problem}>
        <TextBlock text={f.problem} />
      </Section>
      <Section title={t("focusArea.purposes")} show={f.purposes.length > 0}>
        <BulletList items={f.purposes} />
      </Section>
      <Section title={t("focusArea.goals")} show={f.goals.length > 0}>
        <BulletList items={f.goals} />
      </Section>
      <Section title={t("focusArea.activities")}>
        <ActivityTree slug={slug} activities={activities} />
      </Section>
      <Section title={t("focusArea.criteria")} show={criteria.length > 0}>
        <CriteriaTable criteria={criteria} caption={`${t("focusArea.criteria")}: ${f.title}`} />
      </Section>
      <Section title={t("focusArea.measurementMethod")} show={!!f.measurementMethod}>
        <TextBlock text={f.measurementMethod} />
      </Section>
    </>
  );
}
