import { today } from "~/.server/clock";
import { withPageErrors } from "~/.server/http/user-errors";
import { AttainmentDashboard } from "~/components/attainment-dashboard";
import { usePageJson } from "~/page-json";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/focus-area";
import { loadAttainmentDashboard } from "./dashboard.server";

/** Shows no person: the rendered page may be kept and sent again while its data are the same (render-cache.ts). */
export const handle = { renderCache: "aggregates" };

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "attainmentFocusArea");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const scope = { kind: "focusArea" as const, key: params.focusAreaKey };
  const { view } = await loadAttainmentDashboard(context, request, params.slug, scope, today());
  return view;
});

export default function FocusAreaAttainment({ loaderData }: Route.ComponentProps) {
  return <AttainmentDashboard d={usePageJson(loaderData)} />;
}
