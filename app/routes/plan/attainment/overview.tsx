import { withPageErrors } from "~/.server/http/user-errors";
import { attainmentDashboard } from "~/.server/views/attainment-view";
import { AttainmentDashboard } from "~/components/attainment-dashboard";
import { today } from "../../log/open-log.server";
import type { Route } from "./+types/overview";

export function meta() {
  return [{ title: "Målopfyldelse · Helhed" }];
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { plan, planId, ...d } = await attainmentDashboard(context, request, params.slug, { kind: "plan" }, today());
  return d;
});

export default function AttainmentOverview({ loaderData }: Route.ComponentProps) {
  return <AttainmentDashboard d={loaderData} />;
}
