import { redirect, useActionData, useSearchParams } from "react-router";
import { demoAccountsForSignIn } from "~/.server/demo/demo-sign-in";
import { landingPage } from "~/.server/domain/accounts/landing-page";
import { ssoOrganisations } from "~/.server/domain/accounts/oidc-sign-in";
import { signInWithPassword } from "~/.server/domain/accounts/sign-in-with-password";
import { safeNext, sessionCookie } from "~/.server/http/session-cookie";
import { withFormErrors } from "~/.server/http/user-errors";
import { currentUserContext, requestInfoContext, services } from "~/.server/request-context";
import { FormMessage, PostForm, SubmitButton, TextField } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/sign-in";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "signIn");
}

export async function loader({ context, request }: Route.LoaderArgs) {
  if (context.get(currentUserContext)) throw redirect(safeNext(new URL(request.url).searchParams.get("til")));
  const { db, demo } = services(context);
  return { sso: await ssoOrganisations(db), demoAccounts: demo ? await demoAccountsForSignIn(db) : null };
}

export const action = withFormErrors(async ({ context, request }: Route.ActionArgs) => {
  const form = await request.formData();
  const { db, config } = services(context);
  const info = context.get(requestInfoContext);
  const email = String(form.get("email") ?? "");
  const { token, needsSecondFactor } = await signInWithPassword(db, config.session, {
    email,
    password: String(form.get("password") ?? ""),
    ip: info.ip,
    userAgent: info.userAgent,
    publicUrl: config.publicUrl,
  });
  const asked = String(form.get("til") ?? "");
  // Asked for no page (or the front page): frontline staff land on Log.
  const next = asked && asked !== "/" ? safeNext(asked) : await landingPage(db, email);
  return redirect(needsSecondFactor ? `/logind/totp?til=${encodeURIComponent(next)}` : next, {
    headers: { "Set-Cookie": sessionCookie(token, info.secure) },
  });
});

export default function SignIn({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="sign-in">
      <h1>{t("auth.signInTitle")}</h1>
      <FormMessage message={result?.error} />
      <PostForm>
        <input type="hidden" name="til" value={params.get("til") ?? ""} />
        <TextField
          name="email"
          type="email"
          label={t("auth.email")}
          autoComplete="username"
          defaultValue={result?.values.email}
          required
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.password")}
          autoComplete="current-password"
          required
        />
        <SubmitButton>{t("auth.signIn")}</SubmitButton>
      </PostForm>
      <p>
        <a href="/nulstil-adgangskode">{t("auth.forgotPassword")}</a>
      </p>
      {loaderData.sso.length > 0 ? (
        <section className="plan-section">
          <h2>{t("auth.ssoTitle")}</h2>
          <ul className="unstyled-list">
            {loaderData.sso.map((o) => (
              <li key={o.slug}>
                <a
                  className="button button-secondary"
                  href={`/logind/sso/${o.slug}?til=${encodeURIComponent(params.get("til") ?? "/")}`}
                >
                  {t("auth.ssoWith", { organisation: o.name })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {loaderData.demoAccounts ? (
        <section className="plan-section">
          <h2>{t("auth.demoTitle")}</h2>
          <p>{t("auth.demoIntro", { password: loaderData.demoAccounts.password })}</p>
          <table className="table table--responsive-headers">
            <caption className="sr-only">{t("auth.demoTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("auth.demoRole")}</th>
                <th scope="col">{t("auth.email")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.demoAccounts.accounts.map((a) => (
                <tr key={a.email}>
                  <td data-title={t("auth.demoRole")}>
                    {t(`roles.${a.role}`)}, {a.organisation}
                  </td>
                  <td data-title={t("auth.email")}>{a.email}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
