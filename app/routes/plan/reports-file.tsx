import { authorize } from "~/.server/auth/authorize";
import { today } from "~/.server/clock";
import { userError } from "~/.server/errors";
import { attachment } from "~/.server/http/attachment";
import { languageOf } from "~/.server/http/translator";
import { withTextErrors } from "~/.server/http/user-errors";
import { reportFormats } from "~/.server/reports/report-formats";
import { reportAction, reportKinds } from "~/.server/reports/report-kinds";
import { loadPlan, requireActor, services } from "~/.server/request-context";
import type { Route } from "./+types/reports-file";

/** A report as a file (PDF, Word, HTML or Excel), for the kind, period and audience in the address. */
export const loader = withTextErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const { plan, planId, resource } = await loadPlan(context, request, params.slug);
  const q = new URL(request.url).searchParams;
  const kind = reportKinds[q.get("kind") ?? "plan"];
  const format = reportFormats[q.get("format") ?? "pdf"];
  if (!kind || !format) throw userError("bad-request", "unknownReportOrFormat");
  const audience = q.get("audience") === "external" ? "external" : "internal";
  const { db } = services(context);
  await authorize(db, actor, reportAction(kind, audience), resource, { resourceId: planId });
  const doc = await kind.build({
    plan,
    planId,
    db,
    actor,
    period: q.get("periode") ?? undefined,
    audience,
    today: today(),
    lang: languageOf(request),
  });
  const body = await format.render(doc);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": format.contentType,
      "Content-Disposition": attachment(
        `${plan.slug}-${q.get("kind") ?? "plan"}${q.get("periode") ? `-${q.get("periode")}` : ""}.${format.extension}`,
      ),
      "Cache-Control": "no-store",
    },
  });
});
