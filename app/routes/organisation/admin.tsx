import { useActionData } from "react-router";
import { addMember } from "~/.server/domain/accounts/add-member";
import { setUserDisabled } from "~/.server/domain/accounts/disable-user";
import { getOrganisationAdmin } from "~/.server/domain/organisations/get-organisation";
import { updateOrganisationSettings } from "~/.server/domain/organisations/update-settings";
import { UserError, userError } from "~/.server/errors";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SelectInput, SubmitButton, TextField } from "~/components/form";
import { formatDateTime } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/admin";

const roleKeys = [
  "administrator",
  "planManager",
  "staff",
  "partnerStaff",
  "steeringReader",
  "portfolioReader",
] as const;

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "named", { name: data.name }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  return getOrganisationAdmin(services(context).db, actor, params.organisation);
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const { db, cipher, config } = services(context);
  const org = await getOrganisationAdmin(db, actor, params.organisation);
  const form = await request.formData();
  const text = (name: string) => String(form.get(name) ?? "");
  switch (text("intent")) {
    case "settings":
      await updateOrganisationSettings(db, cipher, actor, org.id, {
        requireTotp: form.get("requireTotp") === "on",
        oidcIssuer: text("oidcIssuer"),
        oidcClientId: text("oidcClientId"),
        oidcClientSecret: text("oidcClientSecret"),
        oidcEmailDomain: text("oidcEmailDomain"),
      });
      return { done: "settings" as const };
    case "add": {
      const result = await addMember(
        db,
        actor,
        org.id,
        {
          email: text("email"),
          name: text("name"),
          role: text("role") as "staff",
          sensitiveAccess: form.get("sensitiveAccess") === "on",
        },
        config.publicUrl,
      );
      return { done: "added" as const, invitation: result.invitation };
    }
    case "role": {
      const member = org.members.find((m) => m.userId === text("userId"));
      if (!member) throw new UserError("not-found", "notAMember");
      await addMember(
        db,
        actor,
        org.id,
        {
          email: member.email,
          name: member.name,
          role: text("role") as "staff",
          sensitiveAccess: form.get("sensitiveAccess") === "on",
        },
        config.publicUrl,
      );
      return { done: "role" as const };
    }
    case "disable":
    case "enable":
      await setUserDisabled(db, actor, org.id, text("userId"), text("intent") === "disable");
      return { done: text("intent") as "disable" | "enable" };
  }
  throw userError("bad-request", "unknownIntent");
});

export default function OrganisationAdmin({ loaderData: org }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const fields = (result && "fields" in result ? result.fields : {}) as Record<string, string>;
  return (
    <>
      <Breadcrumbs items={[{ label: t("organisation.yours"), to: "/organisation" }, { label: org.name }]} />
      <h1>{org.name}</h1>
      {result && "error" in result ? <FormMessage message={result.error} /> : null}
      {result && "done" in result ? (
        <FormMessage kind="success" message={t(`organisation.done.${result.done}`)} />
      ) : null}
      {result && "invitation" in result && result.invitation ? (
        <div className="alert alert-info" role="status">
          <div className="alert-body">
            <p className="alert-text">{t("organisation.invitation")}</p>
            <p className="alert-text">
              <code className="totp-secret">{result.invitation}</code>
            </p>
          </div>
        </div>
      ) : null}
      <MembersSection members={org.members} />
      <AddMemberSection fields={fields} />
      <SignInSettings org={org} fields={fields} />
    </>
  );
}

type OrganisationData = Route.ComponentProps["loaderData"];

/** The roles a member can have, named in the user's language. */
function useRoleOptions() {
  const { t } = useTranslation();
  return roleKeys.map((r) => ({ value: r, label: t(`roles.${r}`) }));
}

type Member = OrganisationData["members"][number];

/** The organisation's members: each one's role and access, last sign-in and status. */
function MembersSection({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("organisation.members")}</h2>
      <table className="table table--responsive-headers">
        <caption className="sr-only">{t("organisation.members")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("organisation.member")}</th>
            <th scope="col">{t("organisation.roleAndAccess")}</th>
            <th scope="col">{t("organisation.lastSignIn")}</th>
            <th scope="col">{t("organisation.status")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <MemberRow key={m.userId} member={m} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** One member: a form to change their role and access to sensitive data, and one to disable or enable them. */
function MemberRow({ member: m }: { member: Member }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const roles = useRoleOptions();
  return (
    <tr>
      <td data-title={t("organisation.member")}>
        {m.name}
        <span className="form-hint d-block">{m.email}</span>
      </td>
      <td data-title={t("organisation.roleAndAccess")}>
        <PostForm className="member-role">
          <input type="hidden" name="userId" value={m.userId} />
          <label className="sr-only" htmlFor={`role-${m.userId}`}>
            {t("organisation.role")} ({m.name})
          </label>
          <SelectInput id={`role-${m.userId}`} name="role" defaultValue={m.role} options={roles} />
          <div className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id={`sens-${m.userId}`}
              name="sensitiveAccess"
              defaultChecked={m.sensitiveAccess}
            />
            <label htmlFor={`sens-${m.userId}`}>{t("organisation.sensitiveAccess")}</label>
          </div>
          <button type="submit" name="intent" value="role" className="button button-secondary">
            {t("organisation.save")} <span className="sr-only">({m.name})</span>
          </button>
        </PostForm>
      </td>
      <td data-title={t("organisation.lastSignIn")}>{m.lastSignInAt ? formatDateTime(m.lastSignInAt, lang) : "–"}</td>
      <td data-title={t("organisation.status")}>
        {m.disabled ? t("organisation.disabled") : t("organisation.active")}
        {m.totpEnabled ? ` · ${t("organisation.totp")}` : ""}
        <PostForm>
          <input type="hidden" name="userId" value={m.userId} />
          <button
            type="submit"
            name="intent"
            value={m.disabled ? "enable" : "disable"}
            className="button button-secondary"
          >
            {m.disabled ? t("organisation.enable") : t("organisation.disable")}{" "}
            <span className="sr-only">({m.name})</span>
          </button>
        </PostForm>
      </td>
    </tr>
  );
}

/** Adding a member by name and e-mail, with a role (staff unless chosen otherwise). */
function AddMemberSection({ fields }: { fields: Record<string, string> }) {
  const { t } = useTranslation();
  const roles = useRoleOptions();
  return (
    <section className="plan-section">
      <h2>{t("organisation.addMember")}</h2>
      <PostForm>
        <input type="hidden" name="intent" value="add" />
        <TextField name="name" label={t("organisation.name")} error={fields.name} required />
        <TextField name="email" type="email" label={t("auth.email")} error={fields.email} required />
        <Select name="role" id="new-role" label={t("organisation.role")} defaultValue="staff" options={roles} />
        <div className="form-group-checkbox">
          <input className="form-checkbox" type="checkbox" id="new-sensitive" name="sensitiveAccess" />
          <label htmlFor="new-sensitive">{t("organisation.sensitiveAccess")}</label>
        </div>
        <SubmitButton>{t("organisation.add")}</SubmitButton>
      </PostForm>
    </section>
  );
}

/** How members sign in: a second factor required or not, and the organisation's single sign-on (OIDC). */
function SignInSettings({ org, fields }: { org: OrganisationData; fields: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <section className="plan-section">
      <h2>{t("organisation.signInSettings")}</h2>
      <PostForm>
        <input type="hidden" name="intent" value="settings" />
        <div className="form-group-checkbox">
          <input
            className="form-checkbox"
            type="checkbox"
            id="requireTotp"
            name="requireTotp"
            defaultChecked={org.requireTotp}
          />
          <label htmlFor="requireTotp">{t("organisation.requireTotp")}</label>
        </div>
        <TextField
          name="oidcIssuer"
          label={t("organisation.oidcIssuer")}
          hint={t("organisation.oidcIssuerHint")}
          defaultValue={org.oidc.issuer ?? ""}
          error={fields.oidcIssuer}
        />
        <TextField
          name="oidcClientId"
          label={t("organisation.oidcClientId")}
          defaultValue={org.oidc.clientId ?? ""}
          error={fields.oidcClientId}
        />
        <TextField
          name="oidcClientSecret"
          type="password"
          label={t("organisation.oidcClientSecret")}
          hint={org.oidc.hasSecret ? t("organisation.oidcSecretKept") : undefined}
          autoComplete="off"
        />
        <TextField
          name="oidcEmailDomain"
          label={t("organisation.oidcEmailDomain")}
          defaultValue={org.oidc.emailDomain ?? ""}
          error={fields.oidcEmailDomain}
        />
        <SubmitButton>{t("organisation.saveSettings")}</SubmitButton>
      </PostForm>
    </section>
  );
}
