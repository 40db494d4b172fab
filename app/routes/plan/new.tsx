import { data, redirect, useActionData } from "react-router";
import { createPlan } from "~/.server/domain/plans/create-plan";
import { newPlanOptions } from "~/.server/domain/plans/new-plan-options";
import { withFormErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { templateKinds } from "~/plan-format/templates";
import type { Route } from "./+types/new";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "newPlan");
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const options = await newPlanOptions(services(context).db, actor);
  if (options.organisations.length === 0) throw data({ message: "forbidden", code: "forbidden" }, { status: 403 });
  return options;
}

export const action = withFormErrors(async ({ context, request }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const values = {
    start: text("start"),
    copyOf: text("copyOf") || undefined,
    slug: text("slug"),
    title: text("title"),
    periodStart: text("periodStart"),
    periodEnd: text("periodEnd"),
    organisationId: text("organisationId"),
  };
  const plan = await createPlan(services(context).db, actor, values as Parameters<typeof createPlan>[2]);
  return redirect(`/planer/${plan.slug}/rediger?gemt=created`);
});

export default function NewPlan({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const f = (answer?.fields ?? {}) as Record<string, string>;
  const v = answer?.values;
  return (
    <>
      <Breadcrumbs items={[{ label: t("home.title"), to: "/" }, { label: t("newPlan.title") }]} />
      <h1>{t("newPlan.title")}</h1>
      <p className="font-lead">{t("newPlan.intro")}</p>
      <FormMessage message={answer?.error} />
      <PostForm>
        <StartChoice error={f.start} chosen={v?.start} />
        <Select
          name="copyOf"
          label={t("newPlan.copyOf")}
          error={f.copyOf}
          defaultValue={v?.copyOf}
          options={[{ value: "", label: t("editor.none") }, ...d.plans.map((p) => ({ value: p.slug, label: p.title }))]}
        />
        <TextField name="title" label={t("newPlan.planTitle")} defaultValue={v?.title} error={f.title} required />
        <TextField
          name="slug"
          label={t("newPlan.slug")}
          hint={t("newPlan.slugHint")}
          defaultValue={v?.slug}
          error={f.slug}
          width="m"
          required
        />
        <div className="field-row">
          <TextField
            name="periodStart"
            type="date"
            label={t("editor.f.periodStart")}
            defaultValue={v?.periodStart}
            error={f.periodStart}
            width="s"
            required
          />
          <TextField
            name="periodEnd"
            type="date"
            label={t("editor.f.periodEnd")}
            defaultValue={v?.periodEnd}
            error={f.periodEnd}
            width="s"
            required
          />
        </div>
        <Select
          name="organisationId"
          label={t("newPlan.organisation")}
          error={f.organisationId}
          defaultValue={v?.organisationId}
          options={d.organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
        <SubmitButton>{t("newPlan.create")}</SubmitButton>
      </PostForm>
    </>
  );
}

/** How the plan starts: from one of the templates, or as a copy of another plan. */
function StartChoice({ error, chosen }: { error?: string; chosen?: string }) {
  const { t } = useTranslation();
  return (
    <fieldset className={`form-group${error ? " form-error" : ""}`}>
      <legend className="form-label">{t("newPlan.start")}</legend>
      {error ? <span className="form-error-message">{error}</span> : null}
      {[...templateKinds, "copy"].map((k) => (
        <div className="form-group-radio" key={k}>
          <input
            className="form-radio"
            type="radio"
            id={`start-${k}`}
            name="start"
            value={k}
            defaultChecked={(chosen ?? "lbf-helhedsplan") === k}
          />
          <label htmlFor={`start-${k}`}>
            {t(`newPlan.templates.${k}`)}
            <span className="form-hint">{t(`newPlan.templateHints.${k}`)}</span>
          </label>
        </div>
      ))}
    </fieldset>
  );
}
