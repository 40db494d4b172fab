import { redirect } from "react-router";
import { startOidcSignIn } from "~/.server/domain/accounts/oidc-sign-in";
import { cookie } from "~/.server/http/cookies";
import { safeNext } from "~/.server/http/session-cookie";
import { withPageErrors } from "~/.server/http/user-errors";
import { requestInfoContext, services } from "~/.server/request-context";
import type { Route } from "./+types/sso-start";

/** GET /logind/sso/:organisation — sends the browser to the organisation's identity provider. */
export const loader = withPageErrors(async ({ context, params, request }: Route.LoaderArgs) => {
  const { db, cipher, config } = services(context);
  const next = safeNext(new URL(request.url).searchParams.get("til"));
  const { url, flow } = await startOidcSignIn(db, cipher, config.publicUrl, params.organisation, next);
  const secure = context.get(requestInfoContext).secure;
  return redirect(url, { headers: { "Set-Cookie": cookie("helhed_oidc", flow, { secure, maxAgeSeconds: 600 }) } });
});

/** Never shown: the loader always redirects. A failure is shown by the error page. */
export default function Redirecting() {
  return null;
}
