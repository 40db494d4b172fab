import { data, Link, redirect, useActionData, useSearchParams } from "react-router";
import { changeFromForm } from "~/.server/domain/logbook/change-attendance";
import { saveSession } from "~/.server/domain/logbook/save-session";
import { sessionScreen } from "~/.server/domain/logbook/session-screen";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { AttendanceForm } from "~/components/log/attendance-form";
import { DuplicateChoice } from "~/components/log/duplicate-choice";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/attendance";
import { openLog, today, workDay } from "./open-log.server";
import { formValues, participantFromForm } from "./participant-form.server";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "logAttendance", { activity: data.activity.title }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.write");
  const url = new URL(request.url);
  const at = {
    eventId: url.searchParams.get("arrangement") ?? undefined,
    date: url.searchParams.get("dato") ?? undefined,
  };
  return { slug: params.slug, ...(await sessionScreen(db, ctx, params.activityKey, at, today())) };
});

/** The walk-in typed into "+ ny deltager", if anything was typed; a consent is dated the day it is recorded. */
function walkInFrom(form: FormData, day: string) {
  if (!["initials", "birthYear", "name"].some((f) => String(form.get(f) ?? "").trim())) return undefined;
  const person = participantFromForm(form);
  if (person.consent && !person.consent.givenOn) person.consent.givenOn = day;
  return person as never;
}

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "logbook.write");
  const form = await request.formData();
  const values = formValues(form);
  const existing = String(form.get("existing") ?? "") || undefined;
  const saved = await saveSession(db, cipher, ctx, {
    activityKey: params.activityKey,
    eventId: String(form.get("eventId") ?? "") || undefined,
    date: String(form.get("date") ?? "") || workDay(ctx),
    type: String(form.get("type") ?? "") || undefined,
    change: changeFromForm(form),
    everyone: form.get("everyone") === "1",
    walkIn: existing ? undefined : walkInFrom(form, workDay(ctx)),
    walkInExisting: existing,
    confirmNew: form.get("intent") === "confirm-new",
  });
  // A walk-in that looks like someone registered waits for a choice (the outbox shows it as refused).
  if ("duplicates" in saved)
    return data({ duplicates: saved.duplicates, eventId: saved.eventId, values }, { status: 422 });
  const walkIn = saved.walkIn?.code ? `&ny=${encodeURIComponent(saved.walkIn.code)}` : "";
  return redirect(
    `/log/${params.slug}/${params.activityKey}/fremmoede?arrangement=${saved.eventId}&gemt=${saved.total}${walkIn}`,
  );
});

export default function AttendanceScreen({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const saved = params.get("gemt");
  const fields = (result && "fields" in result ? result.fields : {}) as Record<string, string>;
  const values = result?.values ?? {};
  const duplicates = (result && "duplicates" in result ? result.duplicates : undefined) ?? [];
  const eventId = d.eventId ?? (result && "eventId" in result ? result.eventId : null);
  const walkInError = ["initials", "birthYear", "name", "consent"].some((f) => f in fields);
  return (
    <>
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={formatDate(d.date, lang)} />
      <h1>
        {d.activity.title} · {d.isToday ? t("log.today").toLowerCase() : formatDate(d.date, lang)}
      </h1>
      {saved ? (
        <FormMessage
          kind="success"
          message={`${t("log.attendanceSaved", { count: Number(saved) })}${params.get("ny") ? ` ${t("attendance.walkInSaved", { code: params.get("ny") })}` : ""}`}
        />
      ) : null}
      {result && "error" in result ? <FormMessage message={result.error} problems={fields} /> : null}
      <AttendanceForm
        action={`/log/${d.slug}/${d.activity.key}/fremmoede${eventId ? `?arrangement=${eventId}` : ""}`}
        screen={{ ...d, eventId }}
        values={values}
        errors={fields}
        walkInOpen={walkInError || duplicates.length > 0}
      >
        {duplicates.length > 0 ? <DuplicateChoice duplicates={duplicates} /> : null}
      </AttendanceForm>
      {eventId ? (
        <p className="attendance-details-link">
          <Link to={`/log/${d.slug}/arrangement/${eventId}`}>{t("attendance.details")}</Link>
        </p>
      ) : null}
    </>
  );
}
