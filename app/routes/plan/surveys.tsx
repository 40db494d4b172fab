import { Link, redirect, useActionData } from "react-router";
import { createSurvey } from "~/.server/domain/surveys/create-survey";
import { listSurveys } from "~/.server/domain/surveys/survey-view";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/surveys";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "surveys", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const v = await listSurveys(services(context).db, actor, params.slug);
  return {
    slug: params.slug,
    planTitle: v.plan.title,
    mayEdit: v.mayEdit,
    surveys: v.surveys,
    criteria: v.surveyCriteria,
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const id = await createSurvey(services(context).db, actor, params.slug, Object.fromEntries(await request.formData()));
  return redirect(`/planer/${params.slug}/undersoegelser/${id}`);
});

export default function SurveysPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const { slug, planTitle, surveys, criteria, mayEdit } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("surveys.title") },
        ]}
      />
      <h1>{t("surveys.title")}</h1>
      <p className="font-lead">{t("surveys.intro")}</p>
      {surveys.length === 0 ? <p>{t("surveys.none")}</p> : null}
      <ul>
        {surveys.map((s) => (
          <li key={s.id}>
            <Link to={`/planer/${slug}/undersoegelser/${s.id}`}>{s.title}</Link>
          </li>
        ))}
      </ul>
      {mayEdit ? (
        <section className="plan-section" aria-labelledby="ny-undersoegelse">
          <h2 id="ny-undersoegelse">{t("surveys.new")}</h2>
          <p>{t("surveys.newIntro")}</p>
          <PostForm>
            <FormMessage message={answer?.error} />
            <TextField name="title" label={t("surveys.surveyTitle")} error={answer?.fields.title} />
            <Select
              name="criterion"
              label={t("surveys.criterion")}
              error={answer?.fields.criterion}
              options={[
                { value: "", label: t("surveys.noCriterion") },
                ...criteria.map((c) => ({ value: c.key, label: c.text })),
              ]}
            />
            <SubmitButton>{t("surveys.create")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
