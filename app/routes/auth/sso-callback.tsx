import { redirect } from "react-router";
import { finishOidcSignIn } from "~/.server/domain/accounts/oidc-sign-in";
import { cookie, readCookie } from "~/.server/http/cookies";
import { safeNext, sessionCookie } from "~/.server/http/session-cookie";
import { withPageErrors } from "~/.server/http/user-errors";
import { requestInfoContext, services } from "~/.server/request-context";
import type { Route } from "./+types/sso-callback";

/** GET /logind/sso/callback — the identity provider's answer; signs the member in. */
export const loader = withPageErrors(async ({ context, request }: Route.LoaderArgs) => {
  const { db, cipher, config } = services(context);
  const info = context.get(requestInfoContext);
  const { token, next } = await finishOidcSignIn(db, cipher, config.session, {
    publicUrl: config.publicUrl,
    callbackUrl: new URL(request.url),
    flow: readCookie(request.headers.get("Cookie"), "helhed_oidc"),
    ip: info.ip,
    userAgent: info.userAgent,
  });
  const headers = new Headers();
  headers.append("Set-Cookie", sessionCookie(token, info.secure));
  headers.append("Set-Cookie", cookie("helhed_oidc", "", { secure: info.secure, maxAgeSeconds: 0 }));
  return redirect(safeNext(next), { headers });
});

/** Never shown: the loader always redirects. A failure is shown by the error page. */
export default function Redirecting() {
  return null;
}
