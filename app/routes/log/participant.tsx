import { Link, useActionData } from "react-router";
import { mayOn } from "~/.server/domain/logbook/logbook-context";
import { openParticipant, revealSensitive } from "~/.server/domain/logbook/open-participant";
import { createRecord } from "~/.server/domain/logbook/write-record";
import { erasePerson } from "~/.server/domain/persons/erase-person";
import { userError } from "~/.server/errors";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { CsrfField } from "~/components/csrf-field";
import { FormMessage, PostForm, Select, TextField } from "~/components/form";
import { ParticipantRecord } from "~/components/log/participant-record";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/participant";
import { formObject, openLog, workDay } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logParticipant");
}

/** The record is opened in the loader only inside the user's own activities; otherwise the reason form comes first. */
export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "plan.read");
  const opened = await openParticipant(db, cipher, ctx, params.participantId);
  return { slug: params.slug, ...(await extras(ctx, opened)) };
});

async function extras(
  ctx: Awaited<ReturnType<typeof openLog>>["ctx"],
  opened: Awaited<ReturnType<typeof openParticipant>>,
) {
  const record = opened.needsReason ? null : opened.record;
  const writable = ctx.activities.filter(
    (a) => mayOn(ctx, "logbook.write", a) && record?.activities.some((r) => r.key === a.key),
  );
  const linked = ctx.activities.filter((a) => record?.activities.some((r) => r.key === a.key));
  return {
    needsReason: opened.needsReason,
    code: opened.needsReason ? opened.code : opened.record.code,
    record,
    assessmentTypes: ctx.plan.logbook?.assessmentTypes ?? [],
    volunteerRoles: ctx.plan.logbook?.volunteerRoles ?? [],
    writableActivities: writable.map((a) => ({ key: a.key, title: a.title })),
    canExport: linked.some((a) => mayOn(ctx, "person.export", a)),
    canErase: linked.some((a) => mayOn(ctx, "person.erase", a)) && !record?.erased,
    today: workDay(ctx),
  };
}

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "plan.read");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "reason") {
    const opened = await openParticipant(db, cipher, ctx, params.participantId, String(form.get("reason") ?? ""));
    return { slug: params.slug, ...(await extras(ctx, opened)) };
  }
  if (intent === "reveal") return { sensitive: await revealSensitive(db, cipher, ctx, params.participantId) };
  if (intent === "erase") {
    if (
      String(form.get("confirm") ?? "")
        .trim()
        .toUpperCase() !== "SLET"
    )
      throw userError("confirm-required", "typeSletToErase");
    await erasePerson(db, ctx, params.participantId);
    return { erased: true };
  }
  if (intent === "assessment" || intent === "volunteerHours") {
    await createRecord(db, cipher, ctx, intent, { ...formObject(form), participantId: params.participantId });
    return { done: intent };
  }
  throw userError("bad-request", "unknownIntent");
});

export default function ParticipantPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const d = result && "record" in result ? result : loaderData;
  return (
    <>
      <Breadcrumbs items={[{ label: t("log.title"), to: "/log" }, { label: d.code }]} />
      <h1>{t("log.participantTitle", { code: d.code })}</h1>
      {result && "error" in result ? (
        <FormMessage
          message={result.error}
          problems={"fields" in result ? (result.fields as Record<string, string>) : undefined}
        />
      ) : null}
      {result && "done" in result ? <FormMessage kind="success" message={t("log.saved")} /> : null}
      {result && "erased" in result ? <FormMessage kind="success" message={t("person.erased")} /> : null}
      {d.needsReason || !d.record ? (
        <section>
          <p>{t("log.reasonIntro")}</p>
          <PostForm>
            <TextField name="reason" label={t("log.reason")} hint={t("log.reasonHint")} required />
            <button type="submit" name="intent" value="reason" className="button button-primary">
              {t("log.openRecord")}
            </button>
          </PostForm>
        </section>
      ) : (
        <>
          <ParticipantRecord
            slug={loaderData.slug}
            record={d.record}
            sensitive={result && "sensitive" in result ? result.sensitive : undefined}
          />
          {d.writableActivities.length > 0 ? (
            <AssessmentSection
              activities={d.writableActivities}
              assessmentTypes={d.assessmentTypes}
              today={d.today}
              volunteerRoles={d.record.volunteer ? d.volunteerRoles : undefined}
            />
          ) : null}
          {d.canExport ? <PersonRights slug={loaderData.slug} recordId={d.record.id} canErase={d.canErase} /> : null}
          <p>
            <Link to="/log">{t("log.backToLog")}</Link>
          </p>
        </>
      )}
    </>
  );
}

type Choice = { key: string; name: string };

/** Recording an assessment of the participant, and for a volunteer (when `volunteerRoles` is given) their hours. */
function AssessmentSection({
  activities,
  assessmentTypes,
  today,
  volunteerRoles,
}: {
  activities: { key: string; title: string }[];
  assessmentTypes: Choice[];
  today: string;
  volunteerRoles: Choice[] | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("log.addAssessment")}</h2>
      <PostForm>
        <ActivityPicker activities={activities} />
        <Select
          name="assessment"
          label={t("log.assessment")}
          options={assessmentTypes.map((a) => ({ value: a.key, label: a.name }))}
        />
        <TextField name="date" type="date" label={t("log.date")} defaultValue={today} width="s" required />
        <button type="submit" name="intent" value="assessment" className="button button-secondary">
          {t("log.saveAssessment")}
        </button>
      </PostForm>
      {volunteerRoles ? <VolunteerHoursForm activities={activities} today={today} roles={volunteerRoles} /> : null}
    </section>
  );
}

/** A volunteer's hours on a date, with their role where the plan names roles. */
function VolunteerHoursForm({
  activities,
  today,
  roles,
}: {
  activities: { key: string; title: string }[];
  today: string;
  roles: Choice[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t("log.addVolunteerHours")}</h2>
      <PostForm>
        <ActivityPicker activities={activities} />
        <TextField name="date" type="date" label={t("log.date")} defaultValue={today} width="s" required />
        <TextField name="hours" type="number" inputMode="numeric" label={t("log.hours")} width="xs" required />
        {roles.length > 0 ? (
          <Select
            name="role"
            label={t("log.volunteerRole")}
            options={roles.map((r) => ({ value: r.key, label: r.name }))}
          />
        ) : null}
        <button type="submit" name="intent" value="volunteerHours" className="button button-secondary">
          {t("log.saveHours")}
        </button>
      </PostForm>
    </>
  );
}

/** The person's rights: their record as PDF or JSON, who has read it, and erasure for those who may. */
function PersonRights({ slug, recordId, canErase }: { slug: string; recordId: string; canErase: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("person.rights")}</h2>
      <p>{t("person.rightsIntro")}</p>
      <form method="post" action={`/log/${slug}/deltager/${recordId}/udtraek`} className="inline-form">
        <CsrfField />
        <button type="submit" name="format" value="pdf" className="button button-secondary">
          {t("person.exportPdf")}
        </button>{" "}
        <button type="submit" name="format" value="json" className="button button-secondary">
          {t("person.exportJson")}
        </button>
      </form>{" "}
      <Link to={`/log/${slug}/deltager/${recordId}/adgang`}>{t("person.accessLog")}</Link>
      {canErase ? (
        <PostForm>
          <TextField name="confirm" label={t("person.eraseConfirm")} hint={t("person.eraseHint")} width="s" />
          <button type="submit" name="intent" value="erase" className="button button-warning">
            {t("person.erase")}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}

/** Which activity a record belongs to: a choice when the user may write in several, else a hidden field. */
function ActivityPicker({ activities }: { activities: { key: string; title: string }[] }) {
  const { t } = useTranslation();
  if (activities.length === 1) return <input type="hidden" name="activityKey" value={activities[0].key} />;
  return (
    <Select
      name="activityKey"
      id="felt-activity"
      label={t("log.activity")}
      options={activities.map((a) => ({ value: a.key, label: a.title }))}
    />
  );
}
