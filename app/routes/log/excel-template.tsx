import { logbookTemplate } from "~/.server/domain/logbook-excel/logbook-excel";
import { attachment } from "~/.server/http/attachment";
import { withPageErrors } from "~/.server/http/user-errors";
import type { Route } from "./+types/excel-template";
import { openLog } from "./open-log.server";

/** GET /log/:slug/excel/skabelon.xlsx — the plan's logbook template with its lists. */
export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.write");
  const bytes = await logbookTemplate(db, ctx);
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(`logbog-skabelon-${params.slug}.xlsx`),
      "Cache-Control": "no-store",
    },
  });
});
