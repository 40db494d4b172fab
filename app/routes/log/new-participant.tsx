import { Link, redirect, useActionData } from "react-router";
import { addToRoster } from "~/.server/domain/logbook/attendance";
import { createParticipant } from "~/.server/domain/logbook/create-participant";
import { mayOn } from "~/.server/domain/logbook/logbook-context";
import { personSettings } from "~/.server/domain/logbook/person-settings";
import { type Refusal, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage, PostForm, SubmitButton } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { ParticipantFields } from "~/components/log/participant-fields";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/new-participant";
import { openActivity, openLog } from "./open-log.server";
import { formValues, participantFromForm } from "./participant-form.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logNewParticipant");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db, activity } = await openActivity(context, request, params.slug, "person.write");
  const settings = await personSettings(db, ctx);
  return {
    slug: params.slug,
    activity: { key: activity.key, title: activity.title },
    settings: { personNamesEnabled: settings.personNamesEnabled, cprEnabled: settings.cprEnabled },
    tags: ctx.plan.logbook?.targetGroupTags ?? [],
    departments: ctx.plan.areas.flatMap((a) => a.departments.map((d) => ({ number: d.number, name: d.name }))),
    canSensitive: mayOn(ctx, "person.sensitive", activity),
  };
});

export const action = withFormErrors(
  async (
    { context, request, params }: Route.ActionArgs,
    refusal: Refusal<{ values: ReturnType<typeof formValues> }>,
  ) => {
    const { ctx, db, cipher } = await openLog(context, request, params.slug, "person.write");
    const form = await request.formData();
    const activityKey = String(form.get("activityKey"));
    // Sent back as typed, ticked boxes as lists.
    refusal.keep({ values: formValues(form) });
    if (form.get("intent") === "use-existing") {
      await addToRoster(db, ctx, activityKey, [String(form.get("existing"))]);
      return redirect(`/log/${params.slug}/${activityKey}`);
    }
    const result = await createParticipant(db, cipher, ctx, {
      activityKey,
      participant: participantFromForm(form) as never,
      confirmNew: form.get("intent") === "confirm-new",
    });
    if ("duplicates" in result) return { duplicates: result.duplicates, values: formValues(form) };
    return redirect(`/log/${params.slug}/${activityKey}?gemt=deltager`);
  },
);

export default function NewParticipant({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const duplicates = result && "duplicates" in result ? result.duplicates : [];
  return (
    <>
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={t("log.newParticipant")} />
      <h1>{t("log.newParticipantIn", { title: d.activity.title })}</h1>
      <p>{t("log.pseudonymousIntro")}</p>
      {result && "error" in result ? (
        <FormMessage message={result.error} problems={result.fields as Record<string, string>} />
      ) : null}
      {duplicates.length > 0 ? (
        <div className="alert alert-warning" role="alert">
          <div className="alert-body">
            <p className="alert-heading">{t("log.duplicatesTitle")}</p>
            <ul>
              {duplicates.map((p) => (
                <li key={p.id}>
                  {p.initials} · {p.code} · {p.birthYear}
                  {p.departmentNumber ? ` · ${p.departmentNumber}` : ""}{" "}
                  <PostForm className="inline-form">
                    <input type="hidden" name="activityKey" value={d.activity.key} />
                    <input type="hidden" name="existing" value={p.id} />
                    <button type="submit" name="intent" value="use-existing" className="button button-secondary">
                      {t("log.useExisting")} <span className="sr-only">({p.code})</span>
                    </button>
                  </PostForm>{" "}
                  <Link to={`/log/${d.slug}/deltager/${p.id}`}>{t("log.openRecord")}</Link>
                </li>
              ))}
            </ul>
            <p className="alert-text">{t("log.duplicatesHint")}</p>
          </div>
        </div>
      ) : null}
      <PostForm>
        <input type="hidden" name="activityKey" value={d.activity.key} />
        <ParticipantFields
          settings={d.settings}
          tags={d.tags}
          departments={d.departments}
          canSensitive={d.canSensitive}
          errors={result && "fields" in result ? (result.fields as Record<string, string>) : {}}
          values={result && "values" in result ? result.values : {}}
        />
        {duplicates.length > 0 ? (
          <button type="submit" name="intent" value="confirm-new" className="button button-primary">
            {t("log.createAnyway")}
          </button>
        ) : (
          <SubmitButton>{t("log.saveParticipant")}</SubmitButton>
        )}
      </PostForm>
    </>
  );
}
