import { redirect } from "react-router";
import { recordAudit } from "~/.server/audit/record-audit";
import { revokeSession } from "~/.server/auth/sessions";
import { clearSessionCookie } from "~/.server/http/session-cookie";
import { currentUserContext, requestInfoContext, services } from "~/.server/request-context";
import type { Route } from "./+types/sign-out";

/** POST /log-ud — ends this session. */
export async function action({ context }: Route.ActionArgs) {
  const current = context.get(currentUserContext);
  const { db } = services(context);
  if (current) {
    await revokeSession(db, current.actor.userId, current.sessionId);
    await recordAudit(db, current.actor, { action: "auth.signOut", resourceType: "session", outcome: "allowed" });
  }
  return redirect("/logind", { headers: { "Set-Cookie": clearSessionCookie(context.get(requestInfoContext).secure) } });
}

export function loader() {
  return redirect("/");
}
