import { useTranslation } from "react-i18next";
import { data, useActionData } from "react-router";
import { requestPasswordReset } from "~/.server/domain/accounts/password-reset";
import { UserError } from "~/.server/errors";
import { requestInfoContext, services } from "~/.server/request-context";
import { FormMessage, PostForm, SubmitButton, TextField } from "~/components/form";
import type { Route } from "./+types/reset-request";

export function meta() {
  return [{ title: "Nulstil adgangskode · Helhed" }];
}

export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const { db, config } = services(context);
  try {
    await requestPasswordReset(db, {
      email: String(form.get("email") ?? ""),
      ip: context.get(requestInfoContext).ip,
      publicUrl: config.publicUrl,
    });
    return { sent: true as const };
  } catch (error) {
    if (error instanceof UserError) return data({ sent: false as const, message: error.message }, { status: 429 });
    throw error;
  }
}

export default function ResetRequest() {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  return (
    <div className="sign-in">
      <h1>{t("auth.resetTitle")}</h1>
      {result?.sent ? (
        <FormMessage kind="success" message={t("auth.resetSent")} />
      ) : (
        <FormMessage message={result?.message} />
      )}
      <p>{t("auth.resetIntro")}</p>
      <PostForm>
        <TextField name="email" type="email" label={t("auth.email")} autoComplete="username" required />
        <SubmitButton>{t("auth.resetSend")}</SubmitButton>
      </PostForm>
    </div>
  );
}
