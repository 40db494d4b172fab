import { today } from "~/.server/clock";
import { AttainmentDashboard } from "~/components/attainment-dashboard";
import type { Route } from "./+types/overview";
import { loadAttainmentDashboard } from "./dashboard.server";

export function meta() {
  return [{ title: "Målopfyldelse · Helhed" }];
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { plan, planId, ...d } = await loadAttainmentDashboard(
    context,
    request,
    params.slug,
    { kind: "plan" },
    today(),
  );
  return d;
}

export default function AttainmentOverview({ loaderData }: Route.ComponentProps) {
  return <AttainmentDashboard d={loaderData} />;
}
