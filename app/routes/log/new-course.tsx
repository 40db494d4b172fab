import { redirect, useActionData } from "react-router";
import { roster } from "~/.server/domain/logbook/find-participants";
import { courseTypesOf } from "~/.server/domain/logbook/logbook-context";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { rosterOptions } from "~/components/log/roster-options";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/new-course";
import { openActivity, openLog, workDay } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logNewCourse");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db, activity } = await openActivity(context, request, params.slug, "logbook.write");
  const types = courseTypesOf(ctx).sort(
    (a, b) => Number(b.activityKey === activity.key) - Number(a.activityKey === activity.key),
  );
  return {
    slug: params.slug,
    activity: { key: activity.key, title: activity.title },
    types: types.map((t) => ({ key: t.key, name: t.name, category: t.category })),
    roster: await roster(db, ctx, activity.id),
    participantId: new URL(request.url).searchParams.get("deltager") ?? "",
    today: workDay(ctx),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "logbook.write");
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "");
  const type = courseTypesOf(ctx).find((c) => c.key === text("courseType"));
  const { id } = await createRecord(db, cipher, ctx, "course", {
    activityKey: text("activityKey"),
    courseType: text("courseType"),
    participantId: text("participantId"),
    mentorParticipantId: text("mentorParticipantId"),
    startDate: text("startDate"),
  });
  // A course starts in its first stage (afklaring, præsenteret, udarbejdet …).
  if (type?.stages[0])
    await createRecord(db, cipher, ctx, "courseStage", {
      courseId: id,
      stage: type.stages[0].key,
      date: text("startDate"),
    });
  return redirect(`/log/${params.slug}/forloeb/${id}`);
});

export default function NewCourse({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const f = (result?.fields ?? {}) as Record<string, string>;
  return (
    <>
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={t("log.newCourse")} />
      <h1>{t("log.newCourseIn", { title: d.activity.title })}</h1>
      <FormMessage message={result?.error} problems={result?.fields} />
      <PostForm>
        <input type="hidden" name="activityKey" value={d.activity.key} />
        <Select
          name="courseType"
          label={t("log.courseType")}
          error={f.courseType}
          options={d.types.map((c) => ({ value: c.key, label: c.name }))}
        />
        <Select
          name="participantId"
          label={t("log.participant")}
          error={f.participantId}
          defaultValue={d.participantId}
          options={d.roster.map((p) => ({
            value: p.id,
            label: `${p.initials ?? "–"} · ${p.code}${p.birthYear ? ` · ${p.birthYear}` : ""}`,
          }))}
        />
        <Select
          name="mentorParticipantId"
          label={t("log.mentorOptional")}
          error={f.mentorParticipantId}
          options={rosterOptions(d.roster, t("log.noMentor"))}
        />
        <TextField
          name="startDate"
          type="date"
          label={t("log.startDate")}
          defaultValue={d.today}
          width="s"
          error={f.startDate}
          required
        />
        <SubmitButton>{t("log.startCourse")}</SubmitButton>
      </PostForm>
    </>
  );
}
