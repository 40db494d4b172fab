import { Link } from "react-router";
import { translatorFor } from "~/.server/http/translator";
import { loadPlan, notFound } from "~/.server/request-context";
import { activityLinks, criterionViews, findActivity } from "~/.server/views/plan-views";
import { ActivityTree } from "~/components/activity-tree";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { BudgetTable } from "~/components/budget-table";
import { CriteriaTable } from "~/components/criteria-table";
import { StaffingTable } from "~/components/staffing-table";
import { BulletList, Section, TextBlock } from "~/components/text";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/activity";

export function meta({ data, matches }: Route.MetaArgs) {
  return data
    ? pageTitle(matches, "planItem", { title: data.activity.title, plan: data.planTitle })
    : pageTitle(matches, "app");
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan } = await loadPlan(context, request, params.slug);
  const found = findActivity(plan, params.activityKey);
  if (!found) throw notFound();
  const { activity, focusArea, parents } = found;
  const partnerName = (key: string) => plan.partners.find((p) => p.key === key)?.name ?? key;
  const { activities, criteria, partners, responsible, ...fields } = activity;
  const lines = plan.budget?.lines.filter((l) => l.activity === activity.key) ?? [];
  const notes = new Set(lines.flatMap((l) => [l.footnote, ...l.amounts.map((a) => a.footnote)]));
  return {
    slug: plan.slug,
    planTitle: plan.title,
    focusArea: { key: focusArea.key, title: focusArea.title },
    parents: parents.map((p) => ({ key: p.key, title: p.title })),
    activity: fields,
    partners: partners.map(partnerName),
    responsible: responsible ? { partners: responsible.partners.map(partnerName), text: responsible.text } : undefined,
    criteria: criterionViews(plan, criteria, { activityKey: activity.key }, translatorFor(request)),
    subActivities: activityLinks(activities),
    budget: {
      lines,
      footnotes: plan.budget?.footnotes.filter((f) => notes.has(f.key)) ?? [],
    },
  };
}

export default function ActivityPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { activity: a, slug, partners, responsible, criteria, subActivities, budget } = loaderData;
  return (
    <>
      <ActivityHeading d={loaderData} />
      <ActivityAims a={a} />
      <Section title={t("activity.criteria")} show={criteria.length > 0}>
        <CriteriaTable criteria={criteria} caption={`${t("activity.criteria")}: ${a.title}`} />
      </Section>
      <Section title={t("activity.measurementMethod")} show={!!a.measurementMethod}>
        <TextBlock text={a.measurementMethod} />
      </Section>
      <Section title={t("activity.subActivities")} show={subActivities.length > 0}>
        <ActivityTree slug={slug} activities={subActivities} />
      </Section>
      <Section title={t("activity.staffing")} show={a.staffing.length > 0}>
        <StaffingTable staffing={a.staffing} caption={`${t("activity.staffing")}: ${a.title}`} />
      </Section>
      <Section title={t("activity.responsible")} show={!!responsible}>
        {responsible?.partners.length ? <BulletList items={responsible.partners} /> : null}
        <TextBlock text={responsible?.text} />
      </Section>
      <Section title={t("activity.partners")} show={partners.length > 0 || !!a.collaboration}>
        <BulletList items={partners} />
        <TextBlock text={a.collaboration} />
      </Section>
      <CourseTypes a={a} />
      <Section title={t("activity.budget")} show={budget.lines.length > 0}>
        <BudgetTable
          lines={budget.lines}
          footnotes={budget.footnotes}
          caption={`${t("activity.budget")}: ${a.title}`}
        />
      </Section>
      <Section title={t("activity.localEvaluation")} show={!!a.localEvaluation}>
        <TextBlock text={a.localEvaluation} />
      </Section>
      <Section title={t("activity.anchoring")} show={!!a.anchoring}>
        <TextBlock text={a.anchoring} />
      </Section>
    </>
  );
}

type Data = Route.ComponentProps["loaderData"];

/** Where the activity sits (breadcrumbs, the activity it is part of) and its title. */
function ActivityHeading({ d }: { d: Data }) {
  const { t } = useTranslation();
  const { activity: a, slug, planTitle, focusArea, parents } = d;
  const base = `/planer/${slug}`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: base },
          { label: focusArea.title, to: `${base}/indsatsomraader/${focusArea.key}` },
          ...parents.map((p) => ({ label: p.title, to: `${base}/aktiviteter/${p.key}` })),
          { label: a.title },
        ]}
      />
      <h1>{a.number ? `${a.number} ${a.title}` : a.title}</h1>
      {parents.length > 0 ? (
        <p className="form-hint">
          {t("activity.partOf")}
          <Link to={`${base}/aktiviteter/${parents[parents.length - 1].key}`}>{parents[parents.length - 1].title}</Link>
        </p>
      ) : null}
    </>
  );
}

/** What the activity answers and aims at: problem, purposes, goals, target group, content, schedule, deliverables. */
function ActivityAims({ a }: { a: Data["activity"] }) {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t("activity.problem")} show={!!a.problem}>
        <TextBlock text={a.problem} />
      </Section>
      <Section title={t("activity.purposes")} show={a.purposes.length > 0}>
        <BulletList items={a.purposes} />
      </Section>
      <Section title={t("activity.goals")} show={a.goals.length > 0}>
        <BulletList items={a.goals} />
      </Section>
      <Section title={t("activity.targetGroup")} show={!!a.targetGroup}>
        <TextBlock text={a.targetGroup} />
      </Section>
      <Section title={t("activity.content")} show={!!a.content}>
        <TextBlock text={a.content} />
      </Section>
      <Section title={t("activity.schedule")} show={!!a.schedule}>
        <TextBlock text={a.schedule} />
      </Section>
      <Section title={t("activity.deliverables")} show={a.deliverables.length > 0}>
        <BulletList items={a.deliverables} />
      </Section>
    </>
  );
}

/** The activity's course types: stages, outcomes and follow-up. */
function CourseTypes({ a }: { a: Data["activity"] }) {
  const { t } = useTranslation();
  return (
    <Section title={t("activity.courseTypes")} show={a.courseTypes.length > 0}>
      {a.courseTypes.map((c) => (
        <div key={c.key}>
          <h3>{c.name}</h3>
          <p>
            {t("activity.stages")}: {c.stages.map((s) => s.name).join(" → ")}
          </p>
          {c.outcomes.length > 0 ? (
            <p>
              {t("activity.outcomes")}: {c.outcomes.map((o) => o.name).join(", ")}
            </p>
          ) : null}
          {c.followUpMonths.length > 0 ? (
            <p>{c.followUpMonths.map((m) => t("activity.followUp", { months: m })).join(", ")}</p>
          ) : null}
          <TextBlock text={c.note} />
        </div>
      ))}
    </Section>
  );
}
