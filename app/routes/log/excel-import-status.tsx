import { importJobStatus } from "~/.server/domain/logbook-excel/import-job-status";
import { requireSomeActivity } from "~/.server/domain/logbook-excel/logbook-excel";
import { guard } from "~/.server/request-context";
import type { Route } from "./+types/excel-import-status";
import { openLog } from "./open-log.server";

/** GET /log/:slug/excel/import/:id — where a background import has got to, as JSON (the page polls it). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.read");
  await guard(() => requireSomeActivity(db, ctx, "logbook.read"));
  const status = await guard(() => importJobStatus(db, ctx, params.id));
  return Response.json(status, { headers: { "Cache-Control": "no-store" } });
}
