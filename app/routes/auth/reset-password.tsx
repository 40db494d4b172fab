import { redirect, useActionData } from "react-router";
import { resetLinkValid, resetPassword } from "~/.server/domain/accounts/password-reset";
import { withFormErrors } from "~/.server/http/user-errors";
import { services } from "~/.server/request-context";
import { FormMessage, PostForm, SubmitButton, TextField } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/reset-password";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "resetPassword");
}

export async function loader({ context, params }: Route.LoaderArgs) {
  return { valid: await resetLinkValid(services(context).db, params.token) };
}

export const action = withFormErrors(async ({ context, params, request }: Route.ActionArgs) => {
  const form = await request.formData();
  await resetPassword(services(context).db, params.token, String(form.get("password") ?? ""));
  return redirect("/logind?nulstillet=1");
});

export default function ResetPassword({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  return (
    <div className="sign-in">
      <h1>{t("auth.newPasswordTitle")}</h1>
      {loaderData.valid ? (
        <PostForm>
          <TextField
            name="password"
            type="password"
            label={t("auth.newPassword")}
            hint={t("auth.passwordHint")}
            error={result?.error}
            autoComplete="new-password"
            required
          />
          <SubmitButton>{t("auth.savePassword")}</SubmitButton>
        </PostForm>
      ) : (
        <FormMessage message={t("auth.resetInvalid")} />
      )}
    </div>
  );
}
