import { exportPerson } from "~/.server/domain/persons/export-person";
import { attachment } from "~/.server/http/attachment";
import { withPageErrors } from "~/.server/http/user-errors";
import { personExportDocument } from "~/.server/reports/person-export-document";
import { renderPdf } from "~/.server/reports/render-pdf";
import type { Route } from "./+types/person-export";
import { openLog } from "./open-log.server";

/** POST /log/:slug/deltager/:id/udtraek — everything about the person as JSON or PDF (audited). */
export const action = withPageErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ctx, db, cipher } = await openLog(context, request, params.slug, "plan.read");
  const format = (await request.formData()).get("format") === "pdf" ? "pdf" : "json";
  const data = await exportPerson(db, cipher, ctx, params.participantId);
  const name = `deltager-${data.person.code}`;
  const headers = { "Cache-Control": "no-store", "Content-Disposition": attachment(`${name}.${format}`) };
  if (format === "json")
    return new Response(JSON.stringify(data, null, 2), {
      headers: { ...headers, "Content-Type": "application/json; charset=utf-8" },
    });
  return new Response(new Uint8Array(await renderPdf(personExportDocument(data))), {
    headers: { ...headers, "Content-Type": "application/pdf" },
  });
});
