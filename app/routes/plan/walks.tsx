import { Link, redirect, useActionData } from "react-router";
import { createWalk } from "~/.server/domain/safety-walks/create-walk";
import { listWalks } from "~/.server/domain/safety-walks/walk-view";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, SubmitButton, TextField } from "~/components/form";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/walks";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "walks", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const v = await listWalks(services(context).db, actor, params.slug);
  return {
    slug: params.slug,
    planTitle: v.plan.title,
    mayEdit: v.mayEdit,
    walks: v.walks.map(({ id, title, date }) => ({ id, title, date })),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const id = await createWalk(services(context).db, actor, params.slug, Object.fromEntries(await request.formData()));
  return redirect(`/planer/${params.slug}/tryghedsvandringer/${id}`);
});

export default function WalksPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const answer = useActionData<typeof action>();
  const { slug, planTitle, walks, mayEdit } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("walks.title") },
        ]}
      />
      <h1>{t("walks.title")}</h1>
      <p className="font-lead">{t("walks.intro")}</p>
      {walks.length === 0 ? <p>{t("walks.none")}</p> : null}
      <ul>
        {walks.map((w) => (
          <li key={w.id}>
            <Link to={`/planer/${slug}/tryghedsvandringer/${w.id}`}>{`${w.title} (${formatDate(w.date, lang)})`}</Link>
          </li>
        ))}
      </ul>
      {mayEdit ? (
        <section className="plan-section" aria-labelledby="ny-vandring">
          <h2 id="ny-vandring">{t("walks.new")}</h2>
          <PostForm>
            <FormMessage message={answer?.error} />
            <TextField name="title" label={t("walks.walkTitle")} error={answer?.fields.title} />
            <TextField name="date" type="date" label={t("walks.date")} width="s" error={answer?.fields.date} />
            <TextField
              name="participants"
              label={t("walks.participants")}
              hint={t("walks.participantsHint")}
              error={answer?.fields.participants}
            />
            <SubmitButton>{t("walks.create")}</SubmitButton>
          </PostForm>
        </section>
      ) : null}
    </>
  );
}
