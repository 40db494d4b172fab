import { redirect, useActionData, useSearchParams } from "react-router";
import { takesNames } from "~/.server/domain/logbook/session-screen";
import { usualEventType } from "~/.server/domain/logbook/usual-event-type";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage, PostForm, SubmitButton } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { EventFields } from "~/components/log/event-fields";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { indexPlan } from "~/plan-format/plan-index";
import type { Route } from "./+types/new-event";
import { clampToPeriod, eventFromForm, formObject, openActivity, openLog, today } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logNewEvent");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db, activity } = await openActivity(context, request, params.slug, "logbook.write");
  const def = indexPlan(ctx.plan).activities.find((a) => a.activity.key === activity.key)?.activity;
  const day = today();
  return {
    slug: params.slug,
    activity: { key: activity.key, title: activity.title },
    eventTypes: ctx.plan.logbook?.eventTypes ?? [],
    breakdowns: def?.attendance?.breakdowns ?? [],
    named: def?.attendance?.mode !== "headcount",
    defaultDate: clampToPeriod(day, ctx.plan.period),
    defaultType: await usualEventType(db, ctx, activity),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "logbook.write");
  const form = await request.formData();
  const values = formObject(form);
  const { id } = await createRecord(db, cipher, ctx, "event", eventFromForm(values));
  // With named attendance the next step is ticking who came, on the attendance screen.
  const key = String(values.activityKey ?? "");
  return redirect(
    takesNames(ctx, key)
      ? `/log/${params.slug}/${key}/fremmoede?arrangement=${id}`
      : `/log/${params.slug}/arrangement/${id}`,
  );
});

export default function NewEvent({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const values = (result?.values ?? { date: d.defaultDate, type: d.defaultType }) as Record<string, never>;
  return (
    <>
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={t("log.newEvent")} />
      <h1>{t("log.newEventIn", { title: d.activity.title })}</h1>
      <FormMessage message={result?.error} problems={result?.fields} />
      <PostForm>
        <input type="hidden" name="activityKey" value={params.get("aktivitet") ?? d.activity.key} />
        <EventFields
          eventTypes={d.eventTypes}
          breakdowns={d.breakdowns}
          values={values}
          errors={result?.fields ?? {}}
          showNotes={false}
        />
        {d.named ? <p className="form-hint">{t("log.namedNext")}</p> : null}
        <SubmitButton>{t("log.saveEvent")}</SubmitButton>
      </PostForm>
    </>
  );
}
