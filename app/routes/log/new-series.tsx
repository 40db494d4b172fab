import { redirect, useActionData } from "react-router";
import { createSeries } from "~/.server/domain/logbook/create-series";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { eventTypeOptions } from "~/components/log/event-fields";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/new-series";
import { openActivity, openLog } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logNewSeries");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, activity } = await openActivity(context, request, params.slug, "logbook.write");
  return {
    slug: params.slug,
    activity: { key: activity.key, title: activity.title },
    eventTypes: ctx.plan.logbook?.eventTypes ?? [],
    period: ctx.plan.period,
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.write");
  const form = await request.formData();
  const input = {
    activityKey: String(form.get("activityKey")),
    type: String(form.get("type") ?? ""),
    title: String(form.get("title") ?? ""),
    weekdays: form.getAll("weekdays").map(Number),
    startTime: String(form.get("startTime") ?? ""),
    endTime: String(form.get("endTime") ?? ""),
    place: String(form.get("place") ?? ""),
    fromDate: String(form.get("fromDate") ?? ""),
    toDate: String(form.get("toDate") ?? ""),
  };
  await createSeries(db, ctx, input);
  return redirect(`/log/${params.slug}/${input.activityKey}?gemt=serie`);
});

export default function NewSeries({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const f = (result?.fields ?? {}) as Record<string, string>;
  return (
    <>
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={t("log.newSeries")} />
      <h1>{t("log.newSeriesIn", { title: d.activity.title })}</h1>
      <p>{t("log.seriesIntro")}</p>
      <FormMessage message={result?.error} problems={result?.fields} />
      <PostForm>
        <input type="hidden" name="activityKey" value={d.activity.key} />
        <Select
          name="type"
          label={t("log.eventType")}
          options={eventTypeOptions(d.eventTypes, t("log.defaultEventType"))}
        />
        <TextField name="title" label={t("log.eventTitle")} defaultValue={d.activity.title} />
        <fieldset className={`form-group${f.weekdays ? " form-error" : ""}`}>
          <legend className="form-label">{t("log.weekdays")}</legend>
          {f.weekdays ? <span className="form-error-message">{f.weekdays}</span> : null}
          {[1, 2, 3, 4, 5, 6, 7].map((day) => (
            <div className="form-group-checkbox" key={day}>
              <input className="form-checkbox" type="checkbox" id={`wd-${day}`} name="weekdays" value={day} />
              <label htmlFor={`wd-${day}`}>{t(`log.weekday.${day}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className="field-row">
          <TextField name="startTime" type="time" label={t("log.startTime")} width="xs" error={f.startTime} />
          <TextField name="endTime" type="time" label={t("log.endTime")} width="xs" error={f.endTime} />
        </div>
        <TextField name="place" label={t("log.place")} />
        <TextField name="fromDate" type="date" label={t("log.fromDate")} width="s" error={f.fromDate} required />
        <TextField
          name="toDate"
          type="date"
          label={t("log.toDate")}
          hint={t("log.periodHint", { from: d.period.start, to: d.period.end })}
          width="s"
          error={f.toDate}
          required
        />
        <SubmitButton>{t("log.createSeries")}</SubmitButton>
      </PostForm>
    </>
  );
}
