import QRCode from "qrcode";
import { redirect, useActionData, useSearchParams } from "react-router";
import { secondFactorState, verifySecondFactor } from "~/.server/domain/accounts/second-factor";
import { safeNext } from "~/.server/http/session-cookie";
import { withFormErrors } from "~/.server/http/user-errors";
import { currentUserContext, services } from "~/.server/request-context";
import { FormMessage, PostForm, SubmitButton, TextField } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/totp";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "totp");
}

function current(context: Route.LoaderArgs["context"]) {
  const user = context.get(currentUserContext);
  if (!user) throw redirect("/logind");
  return user;
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const user = current(context);
  const next = safeNext(new URL(request.url).searchParams.get("til"));
  if (!user.needsSecondFactor) throw redirect(next);
  const { db, cipher } = services(context);
  const state = await secondFactorState(db, cipher, user.actor);
  if (state.enrolled) return { enrol: null };
  const svg = await QRCode.toString(state.uri, { type: "svg", margin: 1, width: 200 });
  const qr = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  return { enrol: { secret: state.secret, qr } };
}

export const action = withFormErrors(async ({ context, request }: Route.ActionArgs) => {
  const user = current(context);
  const form = await request.formData();
  const { db, cipher } = services(context);
  await verifySecondFactor(
    db,
    cipher,
    user.actor,
    user.sessionId,
    String(form.get("code") ?? ""),
    Date.now(),
    services(context).config.publicUrl,
  );
  return redirect(safeNext(String(form.get("til") ?? "")));
});

export default function Totp({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const enrol = loaderData.enrol;
  return (
    <div className="sign-in">
      <h1>{enrol ? t("auth.totpEnrolTitle") : t("auth.totpTitle")}</h1>
      <FormMessage message={result?.error} />
      {enrol ? (
        <>
          <p>{t("auth.totpEnrolIntro")}</p>
          <img className="totp-qr" src={enrol.qr} alt={t("auth.totpQr")} width={200} height={200} />
          <p>
            {t("auth.totpSecret")} <code className="totp-secret">{enrol.secret}</code>
          </p>
        </>
      ) : (
        <p>{t("auth.totpIntro")}</p>
      )}
      <PostForm>
        <input type="hidden" name="til" value={params.get("til") ?? "/"} />
        <TextField
          name="code"
          label={t("auth.totpCode")}
          inputMode="numeric"
          autoComplete="one-time-code"
          width="s"
          required
          autoFocus
        />
        <SubmitButton>{t("auth.continue")}</SubmitButton>
      </PostForm>
    </div>
  );
}
