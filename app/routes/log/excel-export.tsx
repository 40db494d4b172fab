import { logbookExport } from "~/.server/domain/logbook-excel/logbook-excel";
import { attachment } from "~/.server/http/attachment";
import { withPageErrors } from "~/.server/http/user-errors";
import type { Route } from "./+types/excel-export";
import { openLog, today } from "./open-log.server";

/** GET /log/:slug/excel/eksport.xlsx — the logbook as far as the user may read it (audited). */
export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "logbook.read");
  const bytes = await logbookExport(db, ctx, today());
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(`logbog-${params.slug}-${today()}.xlsx`),
      "Cache-Control": "no-store",
    },
  });
});
