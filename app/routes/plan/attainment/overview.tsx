import { today } from "~/.server/clock";
import { withPageErrors } from "~/.server/http/user-errors";
import { AttainmentDashboard } from "~/components/attainment-dashboard";
import { usePageJson } from "~/page-json";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/overview";
import { loadAttainmentDashboard } from "./dashboard.server";

/** Shows no person: the rendered page may be kept and sent again while its data are the same (render-cache.ts). */
export const handle = { renderCache: "aggregates" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "attainment");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { view } = await loadAttainmentDashboard(context, request, params.slug, { kind: "plan" }, today());
  return view;
});

export default function AttainmentOverview({ loaderData }: Route.ComponentProps) {
  return <AttainmentDashboard d={usePageJson(loaderData)} />;
}
