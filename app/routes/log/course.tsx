import { Link, useActionData } from "react-router";
import { coursePage } from "~/.server/domain/logbook/course-page";
import { endCourse } from "~/.server/domain/logbook/end-course";
import { createRecord, removeRecord } from "~/.server/domain/logbook/write-record";
import { userError } from "~/.server/errors";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage, PostForm, Select, TextField } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { ConfirmRemove } from "~/components/log/confirm-remove";
import { HistoryList } from "~/components/log/history-list";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/course";
import { openLog, workDay } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "logCourse");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug);
  return { slug: params.slug, today: workDay(ctx), ...(await coursePage(db, ctx, params.courseId)) };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "");
  switch (form.get("intent")) {
    case "stage":
      await createRecord(db, cipher, ctx, "courseStage", {
        courseId: params.courseId,
        stage: text("stage"),
        date: text("date"),
      });
      return { done: "stage" as const };
    case "outcome":
      await endCourse(db, cipher, ctx, params.courseId, {
        outcome: text("outcome"),
        outcomeDate: text("outcomeDate"),
      });
      return { done: "outcome" as const };
    case "followUp":
      await createRecord(db, cipher, ctx, "courseFollowUp", {
        courseId: params.courseId,
        offsetMonths: text("offsetMonths"),
        date: text("date"),
        status: text("status"),
      });
      return { done: "followUp" as const };
    case "remove":
      await removeRecord(db, ctx, "course", params.courseId);
      return { done: "removed" as const };
  }
  throw userError("bad-request", "unknownIntent");
});

export default function CoursePage({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const result = useActionData<typeof action>();
  if (result && "done" in result && result.done === "removed")
    return (
      <>
        <FormMessage kind="success" message={t("log.removed")} />
        <Link to={`/log/${d.slug}/${d.activity.key}`}>{t("log.backTo", { title: d.activity.title })}</Link>
      </>
    );
  return (
    <>
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={d.course.courseType} />
      <h1>
        {d.course.courseType}: {d.participant.initials ?? ""} {d.participant.code}
      </h1>
      <p>
        {t("log.startedOn", { date: formatDate(d.course.startDate, lang) })}
        {d.mentor ? ` · ${t("log.mentor")}: ${d.mentor.initials ?? ""} ${d.mentor.code}` : ""}
        {" · "}
        <Link to={`/log/${d.slug}/deltager/${d.participant.id}`}>{t("log.openRecord")}</Link>
      </p>
      {result && "error" in result ? <FormMessage message={[result.error, ...result.problems].join(" ")} /> : null}
      {result && "done" in result ? <FormMessage kind="success" message={t("log.saved")} /> : null}
      <StagesSection d={d} />
      {d.canWrite && d.nextStages.length > 0 && !d.course.outcome ? <NextStageSection d={d} /> : null}
      {d.canWrite && !d.course.outcome && d.outcomes.length > 0 ? <EndCourseSection d={d} /> : null}
      {d.followUpMonths.length > 0 ? <FollowUpsSection d={d} /> : null}
      <HistoryList history={d.history} names={d.historyNames} />
      {d.canWrite ? (
        <ConfirmRemove
          label={t("log.removeCourse")}
          question={t("log.removeCourseConfirm")}
          confirm={t("log.removeCourseYes")}
        />
      ) : null}
    </>
  );
}

type CourseData = Route.ComponentProps["loaderData"];

/** The stages the course has reached, and its outcome once it has ended. */
function StagesSection({ d }: { d: CourseData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section">
      <h2>{t("log.stages")}</h2>
      <ol className="stage-list">
        {d.stages.map((s) => (
          <li key={s.id}>
            <strong>{s.stage}</strong> · {formatDate(s.date, lang)}
          </li>
        ))}
      </ol>
      {d.course.outcome ? (
        <p>
          <strong>{t("log.outcome")}:</strong> {d.course.outcome} ·{" "}
          {d.course.outcomeDate ? formatDate(d.course.outcomeDate, lang) : ""}
        </p>
      ) : null}
    </section>
  );
}

/** Recording the next stage the course reached, on a date. */
function NextStageSection({ d }: { d: CourseData }) {
  const { t } = useTranslation();
  return (
    <ChoiceOnDateSection
      heading={t("log.nextStage")}
      choice={{ name: "stage", label: t("log.stage"), options: d.nextStages }}
      dateName="date"
      today={d.today}
      intent="stage"
      submit={t("log.saveStage")}
      primary
    />
  );
}

/** Ending the course with its outcome, on a date. */
function EndCourseSection({ d }: { d: CourseData }) {
  const { t } = useTranslation();
  return (
    <ChoiceOnDateSection
      heading={t("log.endCourse")}
      choice={{ name: "outcome", label: t("log.outcome"), options: d.outcomes }}
      dateName="outcomeDate"
      today={d.today}
      intent="outcome"
      submit={t("log.saveOutcome")}
    />
  );
}

/** A step in the course's life: one of the plan's choices (a stage, an outcome) on a date, sent by its intent. */
function ChoiceOnDateSection(p: {
  heading: string;
  choice: { name: string; label: string; options: { key: string; name: string }[] };
  dateName: string;
  today: string;
  intent: string;
  submit: string;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{p.heading}</h2>
      <PostForm>
        <Select
          name={p.choice.name}
          label={p.choice.label}
          options={p.choice.options.map((o) => ({ value: o.key, label: o.name }))}
        />
        <TextField name={p.dateName} type="date" label={t("log.date")} defaultValue={p.today} width="s" required />
        <button
          type="submit"
          name="intent"
          value={p.intent}
          className={`button ${p.primary ? "button-primary" : "button-secondary"}`}
        >
          {p.submit}
        </button>
      </PostForm>
    </section>
  );
}

/** The follow-ups recorded after the course ended, and (once it has ended) a form for the next. */
function FollowUpsSection({ d }: { d: CourseData }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section">
      <h2>{t("log.followUps")}</h2>
      <ul>
        {d.followUps.map((f) => (
          <li key={f.id}>
            {t("activity.followUp", { months: f.offsetMonths })}: {f.status} · {formatDate(f.date, lang)}
          </li>
        ))}
      </ul>
      {d.canWrite && d.course.endDate ? (
        <PostForm>
          <Select
            name="offsetMonths"
            id="felt-offset"
            label={t("log.followUpAfter")}
            options={d.followUpMonths.map((m) => ({ value: String(m), label: t("activity.followUp", { months: m }) }))}
          />
          <Select
            name="status"
            label={t("log.status")}
            options={[
              ...d.outcomes.map((o) => ({ value: o.key, label: o.name })),
              { value: "ingen-kontakt", label: t("log.noContact") },
            ]}
          />
          <TextField name="date" type="date" label={t("log.date")} defaultValue={d.today} width="s" required />
          <button type="submit" name="intent" value="followUp" className="button button-secondary">
            {t("log.saveFollowUp")}
          </button>
        </PostForm>
      ) : null}
    </section>
  );
}
