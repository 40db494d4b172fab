import { useTranslation } from "react-i18next";
import { data, Link, useActionData } from "react-router";
import { eventPage } from "~/.server/domain/logbook/event-page";
import { correctRecord, removeRecord } from "~/.server/domain/logbook/write-record";
import { userError } from "~/.server/errors";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm } from "~/components/form";
import { ConfirmRemove } from "~/components/log/confirm-remove";
import { EventFields } from "~/components/log/event-fields";
import { HistoryList } from "~/components/log/history-list";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import type { Route } from "./+types/event";
import { formObject, openLog } from "./open-log.server";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `${data.activity.title} ${data.event.date} · Log · Helhed` : "Helhed" }];
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug);
  return { slug: params.slug, ...(await eventPage(db, cipher, ctx, params.eventId)) };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug);
  const form = await request.formData();
  switch (form.get("intent")) {
    case "details": {
      const page = await eventPage(db, cipher, ctx, params.eventId);
      const values = formObject(form);
      const breakdown = Object.fromEntries(
        Object.entries(values)
          .filter(([k, v]) => k.startsWith("breakdown.") && v !== "")
          .map(([k, v]) => [k.slice(10), v]),
      );
      await correctRecord(db, cipher, ctx, "event", params.eventId, {
        ...values,
        activityKey: page.activity.key,
        breakdown,
        headcount: values.headcount ?? null,
      });
      return { done: "details" as const };
    }
    case "remove":
      await removeRecord(db, ctx, "event", params.eventId);
      return { done: "removed" as const };
  }
  throw userError("bad-request", "unknownIntent");
});

export default function EventPage({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const result = useActionData<typeof action>();
  const fields = (result && "fields" in result ? result.fields : {}) as Record<string, string>;
  const people = [...d.roster, ...d.guests];
  if (result && "done" in result && result.done === "removed")
    return (
      <>
        <FormMessage kind="success" message={t("log.removed")} />
        <p>
          <Link to={`/log/${d.slug}/${d.activity.key}`}>{t("log.backTo", { title: d.activity.title })}</Link>
        </p>
      </>
    );
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("log.title"), to: "/log" },
          { label: d.activity.title, to: `/log/${d.slug}/${d.activity.key}` },
          { label: formatDate(d.event.date, lang) },
        ]}
      />
      <h1>
        {d.event.title ?? d.activity.title} · {formatDate(d.event.date, lang)}
        {d.event.startTime ? ` ${t("log.at")} ${d.event.startTime}` : ""}
      </h1>
      <p className="form-hint">
        {d.event.typeName}
        {d.event.place ? ` · ${d.event.place}` : ""}
      </p>
      {result && "error" in result ? <FormMessage message={result.error} problems={fields} /> : null}
      {result && "done" in result && result.done === "details" ? (
        <FormMessage kind="success" message={t("log.saved")} />
      ) : null}
      {d.present.length > 0 || d.named ? (
        <section className="plan-section">
          <h2>{t("log.whoCame")}</h2>
          <p>
            {t("attendance.present", { count: d.present.length })}
            {people.length > 0
              ? `: ${people
                  .filter((p) => d.present.includes(p.id))
                  .map((p) => p.initials ?? p.code)
                  .join(", ")}`
              : ""}
          </p>
          {d.canWrite && d.named ? (
            <Link
              className="button button-primary"
              to={`/log/${d.slug}/${d.activity.key}/fremmoede?arrangement=${d.event.id}`}
            >
              {t("attendance.take")}
            </Link>
          ) : null}
        </section>
      ) : null}
      {d.canWrite ? (
        <section className="plan-section">
          <h2>{t("log.details")}</h2>
          <PostForm>
            <EventFields
              eventTypes={d.eventTypes}
              breakdowns={d.breakdowns}
              values={d.event}
              errors={fields}
              showNotes={d.canNotes}
              namedAttendance={d.present.length > 0}
            />
            <button type="submit" name="intent" value="details" className="button button-secondary">
              {t("log.saveDetails")}
            </button>
          </PostForm>
        </section>
      ) : (
        <p>{t("log.attendanceCount", { count: d.present.length || d.event.headcount || 0 })}</p>
      )}
      <HistoryList history={d.history} />
      {d.canWrite ? (
        <ConfirmRemove
          label={t("log.removeEvent")}
          question={t("log.removeConfirm")}
          confirm={t("log.removeEventConfirm")}
        />
      ) : null}
    </>
  );
}
