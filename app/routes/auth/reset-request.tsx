import { useActionData } from "react-router";
import { requestPasswordReset } from "~/.server/domain/accounts/password-reset";
import { withFormErrors } from "~/.server/http/user-errors";
import { requestInfoContext, services } from "~/.server/request-context";
import { FormMessage, PostForm, SubmitButton, TextField } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/reset-request";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "resetRequest");
}

export const action = withFormErrors(async ({ context, request }: Route.ActionArgs) => {
  const form = await request.formData();
  const { db, config } = services(context);
  await requestPasswordReset(db, {
    email: String(form.get("email") ?? ""),
    ip: context.get(requestInfoContext).ip,
    publicUrl: config.publicUrl,
  });
  return { sent: true as const };
});

export default function ResetRequest() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  return (
    <div className="sign-in">
      <h1>{t("auth.resetTitle")}</h1>
      {result && "sent" in result ? (
        <FormMessage kind="success" message={t("auth.resetSent")} />
      ) : (
        <FormMessage message={result && "error" in result ? result.error : undefined} />
      )}
      <p>{t("auth.resetIntro")}</p>
      <PostForm>
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="username" required />
        <SubmitButton>{t("auth.resetSend")}</SubmitButton>
      </PostForm>
    </div>
  );
}
