import { logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { attachment } from "~/.server/http/attachment";
import { guard } from "~/.server/request-context";
import type { Route } from "./+types/excel-template";
import { openLog } from "./open-log.server";

/** GET /log/:slug/excel/skabelon.xlsx — the plan's logbook template with its lists. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.write");
  const bytes = await guard(() => logbookTemplate(db, ctx));
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(`logbog-skabelon-${params.slug}.xlsx`),
      "Cache-Control": "no-store",
    },
  });
}
