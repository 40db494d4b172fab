import { data, Link, useActionData } from "react-router";
import { eventPage } from "~/.server/domain/logbook/event-page";
import { correctRecord, EditConflict, removeRecord } from "~/.server/domain/logbook/write-record";
import { errorText, userError } from "~/.server/errors";
import { languageOf } from "~/.server/http/translator";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { FormMessage, PostForm } from "~/components/form";
import { ActivityCrumbs } from "~/components/log/activity-crumbs";
import { ConfirmRemove } from "~/components/log/confirm-remove";
import { EditConflictTable, type EventFormValues, eventAsForm, formAsEvent } from "~/components/log/edit-conflict";
import { EventFields } from "~/components/log/event-fields";
import { HistoryList } from "~/components/log/history-list";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/event";
import { eventFromForm, formObject, openLog } from "./open-log.server";

export function meta({ data, matches }: Route.MetaArgs) {
  // A Danish date: the title is also the label of an edit kept in the phone's outbox.
  return data
    ? pageTitle(matches, "logEvent", { activity: data.activity.title, date: formatDate(data.event.date) })
    : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug);
  return { slug: params.slug, ...(await eventPage(db, cipher, ctx, params.eventId)) };
});

/** Tells the phone's outbox (and the idempotency layer) that an edit met a newer saved version. */
export function headers({ actionHeaders, parentHeaders }: Route.HeadersArgs) {
  const out = new Headers(parentHeaders);
  const conflict = actionHeaders.get("Helhed-Conflict");
  if (conflict) out.set("Helhed-Conflict", conflict);
  return out;
}

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug);
  const form = await request.formData();
  const { version, ...mine } = formObject(form) as Record<string, string>;
  switch (form.get("intent")) {
    case "details": {
      const page = await eventPage(db, cipher, ctx, params.eventId);
      const base = version === undefined ? undefined : Number.parseInt(version, 10);
      const input = { ...eventFromForm(mine), activityKey: page.activity.key };
      try {
        await correctRecord(db, cipher, ctx, "event", params.eventId, input, base);
      } catch (error) {
        if (!(error instanceof EditConflict)) throw error;
        // Not a mistake to correct but an answer: both versions, and what they typed stays in the form.
        const saved = (await eventPage(db, cipher, ctx, params.eventId)).event;
        const conflict = { version: saved.version, mine, saved: eventAsForm(saved) };
        const headers = { "Helhed-Conflict": String(saved.version) };
        const message = errorText("editConflict", {}, languageOf(request));
        return data({ error: message, fields: {}, conflict }, { status: 409, headers });
      }
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
  const conflict = (result && "conflict" in result ? result.conflict : undefined) as Conflict | undefined;
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
      <ActivityCrumbs slug={d.slug} activity={d.activity} here={formatDate(d.event.date, lang)} />
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
      {d.present.length > 0 || d.named ? <WhoCame d={d} /> : null}
      {d.canWrite ? (
        <EventDetails d={d} conflict={conflict} fields={fields} />
      ) : (
        <p>{t("log.attendanceCount", { count: d.present.length || d.event.headcount || 0 })}</p>
      )}
      <HistoryList history={d.history} names={{ type: Object.fromEntries(d.eventTypes.map((e) => [e.key, e.name])) }} />
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

type EventPageData = Route.ComponentProps["loaderData"];
/** An edit that met a newer saved version: the version met, what the person typed and what is saved. */
type Conflict = { version: number; mine: EventFormValues; saved: EventFormValues };

/** Who came: the count and initials of those present, and a link to take attendance. */
function WhoCame({ d }: { d: EventPageData }) {
  const { t } = useTranslation();
  const people = [...d.roster, ...d.guests];
  return (
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
  );
}

/** The event's details form; after an edit conflict, both versions and the choice between them above it. */
function EventDetails({
  d,
  conflict,
  fields,
}: {
  d: EventPageData;
  conflict: Conflict | undefined;
  fields: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("log.details")}</h2>
      {conflict ? <ConflictChoice d={d} conflict={conflict} /> : null}
      <PostForm id="event-details">
        <input type="hidden" name="version" value={conflict?.version ?? d.event.version} />
        <EventFields
          eventTypes={d.eventTypes}
          breakdowns={d.breakdowns}
          values={conflict ? formAsEvent(conflict.mine) : d.event}
          errors={fields}
          showNotes={d.canNotes}
          namedAttendance={d.present.length > 0}
        />
        <p>
          <button type="submit" name="intent" value="details" className="button button-secondary">
            {t("log.saveDetails")}
          </button>
        </p>
      </PostForm>
    </section>
  );
}

/** Both versions of an edit that met a newer saved one: keep mine (sends the form again) or use the saved. */
function ConflictChoice({ d, conflict }: { d: EventPageData; conflict: Conflict }) {
  const { t } = useTranslation();
  return (
    <div className="edit-conflict-choice">
      <h3>{t("conflict.heading")}</h3>
      <EditConflictTable
        version={conflict.version}
        mine={conflict.mine}
        saved={conflict.saved}
        eventTypes={d.eventTypes}
      />
      <p className="form-hint">{t("conflict.hint")}</p>
      <button type="submit" form="event-details" name="intent" value="details" className="button button-primary">
        {t("conflict.keepMine")}
      </button>{" "}
      <a className="button button-secondary" href={`/log/${d.slug}/arrangement/${d.event.id}`}>
        {t("conflict.useSaved")}
      </a>
    </div>
  );
}
