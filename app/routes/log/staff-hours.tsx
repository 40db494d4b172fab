import { redirect, useActionData } from "react-router";
import { logStaffHours } from "~/.server/domain/logbook/log-staff-hours";
import { loggableActivities, requireActivity } from "~/.server/domain/logbook/logbook-context";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/staff-hours";
import { formObject, openLog, workDay } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logStaffHours");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.write");
  const chosen = new URL(request.url).searchParams.get("aktivitet") ?? "";
  if (chosen) await requireActivity(db, ctx, chosen, "logbook.write");
  return {
    slug: params.slug,
    title: ctx.plan.title,
    activities: loggableActivities(ctx).map((a) => ({ key: a.key, title: a.title })),
    chosen,
    today: workDay(ctx),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.write");
  const values = formObject(await request.formData());
  const { activity } = await logStaffHours(db, ctx, values);
  return redirect(`/log/${params.slug}/${activity.key}?gemt=timer`);
});

export default function StaffHours({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const f = (answer?.fields ?? {}) as Record<string, string>;
  const v = (answer?.values ?? {}) as Record<string, string>;
  return (
    <>
      <Breadcrumbs items={[{ label: t("log.title"), to: "/log" }, { label: t("log.staffHours") }]} />
      <h1>{t("log.staffHoursIn", { title: d.title })}</h1>
      <p>{t("log.staffHoursIntro")}</p>
      <FormMessage message={answer?.error} problems={answer?.fields} />
      <PostForm>
        <Select
          name="activityKey"
          label={t("log.activity")}
          error={f.activityKey}
          defaultValue={v.activityKey ?? d.chosen}
          options={d.activities.map((a) => ({ value: a.key, label: a.title }))}
        />
        <TextField
          name="week"
          type="date"
          label={t("log.week")}
          hint={t("log.weekHint")}
          defaultValue={v.week ?? d.today}
          error={f.week}
          width="s"
          required
        />
        <TextField
          name="hours"
          label={t("log.hours")}
          inputMode="decimal"
          defaultValue={v.hours}
          error={f.hours}
          width="xs"
          required
        />
        <SubmitButton>{t("log.saveHours")}</SubmitButton>
      </PostForm>
    </>
  );
}
