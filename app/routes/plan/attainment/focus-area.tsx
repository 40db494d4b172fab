import { withPageErrors } from "~/.server/http/user-errors";
import { attainmentDashboard } from "~/.server/views/attainment-view";
import { AttainmentDashboard } from "~/components/attainment-dashboard";
import { today } from "../../log/open-log.server";
import type { Route } from "./+types/focus-area";

export function meta() {
  return [{ title: "Målopfyldelse for indsatsområdet · Helhed" }];
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const scope = { kind: "focusArea" as const, key: params.focusAreaKey };
  const { plan, planId, ...d } = await attainmentDashboard(context, request, params.slug, scope, today());
  return d;
});

export default function FocusAreaAttainment({ loaderData }: Route.ComponentProps) {
  return <AttainmentDashboard d={loaderData} />;
}
