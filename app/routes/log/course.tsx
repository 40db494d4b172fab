import { useTranslation } from "react-i18next";
import { data, Link, useActionData } from "react-router";
import { coursePage } from "~/.server/domain/logbook/course-page";
import { endCourse } from "~/.server/domain/logbook/end-course";
import { createRecord, removeRecord } from "~/.server/domain/logbook/write-record";
import { userError } from "~/.server/errors";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, TextField } from "~/components/form";
import { ConfirmRemove } from "~/components/log/confirm-remove";
import { HistoryList } from "~/components/log/history-list";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import type { Route } from "./+types/course";
import { openLog, workDay } from "./open-log.server";

export function meta() {
  return [{ title: "Forløb · Log · Helhed" }];
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
      <Breadcrumbs
        items={[
          { label: t("log.title"), to: "/log" },
          { label: d.activity.title, to: `/log/${d.slug}/${d.activity.key}` },
          { label: d.course.courseType },
        ]}
      />
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
      {d.canWrite && d.nextStages.length > 0 && !d.course.outcome ? (
        <section className="plan-section">
          <h2>{t("log.nextStage")}</h2>
          <PostForm>
            <div className="form-group">
              <label className="form-label" htmlFor="felt-stage">
                {t("log.stage")}
              </label>
              <select className="form-select" id="felt-stage" name="stage">
                {d.nextStages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <TextField name="date" type="date" label={t("log.date")} defaultValue={d.today} width="s" required />
            <button type="submit" name="intent" value="stage" className="button button-primary">
              {t("log.saveStage")}
            </button>
          </PostForm>
        </section>
      ) : null}
      {d.canWrite && !d.course.outcome && d.outcomes.length > 0 ? (
        <section className="plan-section">
          <h2>{t("log.endCourse")}</h2>
          <PostForm>
            <div className="form-group">
              <label className="form-label" htmlFor="felt-outcome">
                {t("log.outcome")}
              </label>
              <select className="form-select" id="felt-outcome" name="outcome">
                {d.outcomes.map((o) => (
                  <option key={o.key} value={o.key}>
                    {o.name}
                  </option>
                ))}
              </select>
            </div>
            <TextField name="outcomeDate" type="date" label={t("log.date")} defaultValue={d.today} width="s" required />
            <button type="submit" name="intent" value="outcome" className="button button-secondary">
              {t("log.saveOutcome")}
            </button>
          </PostForm>
        </section>
      ) : null}
      {d.followUpMonths.length > 0 ? (
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
              <div className="form-group">
                <label className="form-label" htmlFor="felt-offset">
                  {t("log.followUpAfter")}
                </label>
                <select className="form-select" id="felt-offset" name="offsetMonths">
                  {d.followUpMonths.map((m) => (
                    <option key={m} value={m}>
                      {t("activity.followUp", { months: m })}
                    </option>
                  ))}
                </select>
              </div>
              <div className="form-group">
                <label className="form-label" htmlFor="felt-status">
                  {t("log.status")}
                </label>
                <select className="form-select" id="felt-status" name="status">
                  {d.outcomes.map((o) => (
                    <option key={o.key} value={o.key}>
                      {o.name}
                    </option>
                  ))}
                  <option value="ingen-kontakt">{t("log.noContact")}</option>
                </select>
              </div>
              <TextField name="date" type="date" label={t("log.date")} defaultValue={d.today} width="s" required />
              <button type="submit" name="intent" value="followUp" className="button button-secondary">
                {t("log.saveFollowUp")}
              </button>
            </PostForm>
          ) : null}
        </section>
      ) : null}
      <HistoryList history={d.history} />
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
