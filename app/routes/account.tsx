import { redirect, useActionData } from "react-router";
import { recordAudit } from "~/.server/audit/record-audit";
import { openSessions, revokeAllSessions, revokeSession } from "~/.server/auth/sessions";
import { changePassword } from "~/.server/domain/accounts/change-password";
import { reminderMailsOn, setReminderMails } from "~/.server/domain/reminders/set-reminder-mails";
import { withFormErrors } from "~/.server/http/user-errors";
import { currentUserContext, services } from "~/.server/request-context";
import { FormMessage, PostForm, SubmitButton, TextField } from "~/components/form";
import { formatDateTime } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/account";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "account");
}

function current(context: Route.LoaderArgs["context"]) {
  const user = context.get(currentUserContext);
  if (!user) throw redirect("/logind");
  return user;
}

export async function loader({ context }: Route.LoaderArgs) {
  const user = current(context);
  const { db, config } = services(context);
  const list = await openSessions(db, config.session, user.actor.userId);
  return {
    reminderMails: await reminderMailsOn(db, user.actor),
    name: user.actor.name,
    email: user.actor.email,
    sessions: list.map((s) => ({
      id: s.id.slice(0, 16),
      current: s.id === user.sessionId,
      createdAt: s.createdAt.toISOString(),
      lastSeenAt: s.lastSeenAt.toISOString(),
      method: s.method,
      userAgent: s.userAgent ?? "",
    })),
  };
}

export const action = withFormErrors(async ({ context, request }: Route.ActionArgs) => {
  const user = current(context);
  const { db, config } = services(context);
  const form = await request.formData();
  const intent = String(form.get("intent"));
  if (intent === "end-session") {
    const prefix = String(form.get("session"));
    const target = (await openSessions(db, config.session, user.actor.userId)).find(
      (s) => s.id.startsWith(prefix) && prefix.length === 16,
    );
    if (target) await revokeSession(db, user.actor.userId, target.id);
    await recordAudit(db, user.actor, { action: "auth.endSession", resourceType: "session", outcome: "allowed" });
    return { message: "session-ended" };
  }
  if (intent === "reminders") {
    const on = form.get("reminderMails") === "on";
    await setReminderMails(db, user.actor, on);
    return { message: on ? "reminders-on" : "reminders-off" };
  }
  if (intent === "end-others") {
    await revokeAllSessions(db, user.actor.userId, user.sessionId);
    await recordAudit(db, user.actor, { action: "auth.endOtherSessions", resourceType: "session", outcome: "allowed" });
    return { message: "others-ended" };
  }
  await changePassword(db, user.actor, user.sessionId, {
    current: String(form.get("current") ?? ""),
    next: String(form.get("next") ?? ""),
  });
  return { message: "password-changed" };
});

export default function Account({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const errors = result && "fields" in result ? result.fields : {};
  return (
    <>
      <h1>{t("account.title")}</h1>
      <p>
        {loaderData.name} · {loaderData.email}
      </p>
      {result && "message" in result ? (
        <FormMessage kind="success" message={t(`account.done.${result.message}`)} />
      ) : null}
      <SessionsSection sessions={loaderData.sessions} />
      <RemindersSection on={loaderData.reminderMails} />
      <PasswordSection errors={errors} />
    </>
  );
}

type Session = Route.ComponentProps["loaderData"]["sessions"][number];

/** The user's open sessions, each but this one with a button that ends it, and one that ends all others. */
function SessionsSection({ sessions }: { sessions: Session[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section">
      <h2>{t("account.sessions")}</h2>
      <p>{t("account.sessionsIntro")}</p>
      <table className="table table--responsive-headers">
        <caption className="sr-only">{t("account.sessions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("account.device")}</th>
            <th scope="col">{t("account.signedIn")}</th>
            <th scope="col">{t("account.lastSeen")}</th>
            <th scope="col">
              <span className="sr-only">{t("account.end")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s) => (
            <tr key={s.id}>
              <td data-title={t("account.device")}>
                {s.userAgent.slice(0, 80) || "–"}
                {s.current ? <strong> ({t("account.thisSession")})</strong> : null}
              </td>
              <td data-title={t("account.signedIn")}>{formatDateTime(s.createdAt, lang)}</td>
              <td data-title={t("account.lastSeen")}>{formatDateTime(s.lastSeenAt, lang)}</td>
              <td>
                {s.current ? null : (
                  <PostForm>
                    <input type="hidden" name="session" value={s.id} />
                    <button type="submit" name="intent" value="end-session" className="button button-secondary">
                      {t("account.end")}
                    </button>
                  </PostForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <PostForm>
        <button type="submit" name="intent" value="end-others" className="button button-secondary">
          {t("account.endOthers")}
        </button>
      </PostForm>
    </section>
  );
}

/** The switch for the daily reminder mails. */
function RemindersSection({ on }: { on: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section" aria-labelledby="reminders">
      <h2 id="reminders">{t("account.reminders")}</h2>
      <PostForm>
        <input type="hidden" name="intent" value="reminders" />
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id="felt-reminderMails"
            name="reminderMails"
            defaultChecked={on}
            aria-describedby="felt-reminderMails-hint"
          />
          <label htmlFor="felt-reminderMails">{t("account.reminderMails")}</label>
          <span className="form-hint" id="felt-reminderMails-hint">
            {t("account.reminderMailsHint")}
          </span>
        </div>
        <SubmitButton>{t("account.saveReminders")}</SubmitButton>
      </PostForm>
    </section>
  );
}

/** Changing the password: the current one and the new one, with a message at each field. */
function PasswordSection({ errors }: { errors: { current?: string; next?: string } }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("account.changePassword")}</h2>
      <PostForm>
        <input type="hidden" name="intent" value="password" />
        <TextField
          name="current"
          type="password"
          label={t("account.currentPassword")}
          autoComplete="current-password"
          error={errors.current}
          required
        />
        <TextField
          name="next"
          type="password"
          label={t("account.newPassword")}
          hint={t("account.passwordHint")}
          autoComplete="new-password"
          error={errors.next}
          required
        />
        <SubmitButton>{t("account.savePassword")}</SubmitButton>
      </PostForm>
    </section>
  );
}
