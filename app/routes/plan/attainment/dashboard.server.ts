import type { RouterContextProvider } from "react-router";
import { readAhead } from "~/.server/domain/attainment/read-ahead";
import { languageOf, translatorFor } from "~/.server/http/translator";
import { pageError } from "~/.server/http/user-errors";
import { findPlan, loadPlan, requireActor, services } from "~/.server/request-context";
import { attainmentDashboard, type DashboardScope } from "~/.server/views/attainment-view";

/** A dashboard page's data for the signed-in user, in their language, for the period in the address. */
export async function loadAttainmentDashboard(
  context: Readonly<RouterContextProvider>,
  request: Request,
  slug: string,
  scope: DashboardScope,
  today: string,
) {
  const actor = requireActor(context, request);
  const { db } = services(context);
  readAhead(db, actor, findPlan(context, slug));
  // The plan the page's layout has read for this request.
  const found = await loadPlan(context, request, slug);
  const reader = { db, actor, t: translatorFor(request), lang: languageOf(request), found };
  const asked = new URL(request.url).searchParams.get("periode") ?? undefined;
  // A refusal (a page not in the plan) is the error page, in the user's language.
  return attainmentDashboard(reader, slug, scope, today, asked).catch((error) => pageError(error, request));
}
