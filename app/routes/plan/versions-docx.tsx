import { compareVersions } from "~/.server/domain/versions/compare-versions";
import { attachment } from "~/.server/http/attachment";
import { languageOf } from "~/.server/http/translator";
import { withPageErrors } from "~/.server/http/user-errors";
import { p } from "~/.server/reports/document";
import { renderDocx } from "~/.server/reports/render-docx";
import { versionDiffDocument } from "~/.server/reports/version-diff-document";
import { requireActor, services } from "~/.server/request-context";
import { errorText } from "~/i18n/error-text";
import type { Route } from "./+types/versions-docx";

const number = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** The difference between two versions as a Word document. */
export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const query = new URL(request.url).searchParams;
  const c = await compareVersions(services(context).db, actor, params.slug, {
    from: number(query.get("fra")),
    to: number(query.get("til")),
  });
  const doc =
    c.diff && c.from && c.to
      ? versionDiffDocument(c.plan, c.from, c.to, c.diff)
      : { title: `${c.plan.title}: versioner`, blocks: [p(errorText("versionsOnlyOne", {}, languageOf(request)))] };
  const body = await renderDocx(doc);
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": attachment(`${params.slug}-versioner-${c.from?.number ?? ""}-${c.to?.number ?? ""}.docx`),
      "Cache-Control": "no-store",
    },
  });
});
