import { redirect, useActionData } from "react-router";
import { roster } from "~/.server/domain/logbook/find-participants";
import { logContact } from "~/.server/domain/logbook/log-contact";
import { mayOn } from "~/.server/domain/logbook/logbook-context";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { rosterOptions } from "~/components/log/roster-options";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/new-contact";
import { openActivity, openLog, workDay } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logNewContact");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db, activity } = await openActivity(context, request, params.slug, "logbook.write");
  return {
    slug: params.slug,
    activity: { key: activity.key, title: activity.title },
    roster: await roster(db, ctx, activity.id),
    topics: ctx.plan.logbook?.contactTopics ?? [],
    bodies: ctx.plan.logbook?.receivingBodies ?? [],
    canNotes: mayOn(ctx, "person.sensitive", activity),
    today: workDay(ctx),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "logbook.write");
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "");
  await logContact(db, cipher, ctx, {
    activityKey: text("activityKey"),
    participantId: text("participantId"),
    date: text("date"),
    topic: text("topic"),
    notes: form.has("notes") ? text("notes") : undefined,
    referred: form.get("referral") === "on",
    receivingBody: text("receivingBody"),
    result: text("result"),
  });
  return redirect(`/log/${params.slug}/${text("activityKey")}?gemt=henvendelse`);
});

export default function NewContact({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const f = (result?.fields ?? {}) as Record<string, string>;
  return (
    <>
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={t("log.newContact")} />
      <h1>{t("log.newContactIn", { title: d.activity.title })}</h1>
      <FormMessage message={result?.error} problems={result?.fields} />
      <PostForm>
        <input type="hidden" name="activityKey" value={d.activity.key} />
        <Select
          name="participantId"
          label={t("log.participantOptional")}
          error={f.participantId}
          options={rosterOptions(d.roster, t("log.anonymousContact"))}
        />
        <TextField
          name="date"
          type="date"
          label={t("log.date")}
          defaultValue={d.today}
          width="s"
          error={f.date}
          required
        />
        {d.topics.length > 0 ? (
          <Select
            name="topic"
            label={t("log.topic")}
            error={f.topic}
            options={d.topics.map((x) => ({ value: x.key, label: x.name }))}
          />
        ) : null}
        {d.canNotes ? (
          <div className="form-group">
            <label className="form-label" htmlFor="felt-notes">
              {t("log.notes")}
            </label>
            <span className="form-hint">{t("log.notesHint")}</span>
            <textarea className="form-input" id="felt-notes" name="notes" rows={3} />
          </div>
        ) : null}
        {d.bodies.length > 0 ? (
          <fieldset className="plan-section">
            <legend className="h3">{t("log.referralTitle")}</legend>
            <div className="form-group-checkbox">
              <input className="form-checkbox" type="checkbox" id="felt-referral" name="referral" />
              <label htmlFor="felt-referral">{t("log.referralGiven")}</label>
            </div>
            <Select
              name="receivingBody"
              label={t("log.receivingBody")}
              error={f.receivingBody}
              options={d.bodies.map((x) => ({ value: x.key, label: x.name }))}
            />
            <TextField
              name="result"
              label={t("log.referralResult")}
              hint={t("log.referralResultHint")}
              error={f.result}
            />
          </fieldset>
        ) : null}
        <SubmitButton>{t("log.saveContact")}</SubmitButton>
      </PostForm>
    </>
  );
}
