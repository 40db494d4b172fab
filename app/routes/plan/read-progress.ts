import { data } from "react-router";
import { newPlanOptions } from "~/.server/domain/plans/new-plan-options";
import { languageOf } from "~/.server/http/translator";
import { withFormErrors } from "~/.server/http/user-errors";
import { readingStream, readingStreamHeaders } from "~/.server/plan-reader/read-stream";
import { requireActor, services } from "~/.server/request-context";
import type { Route } from "./+types/read-progress";
import { documentOf, readForReview } from "./read-review.server";

/**
 * The plan import page's reading with progress (used by the page when JavaScript runs; without it
 * the page's own form reads the document): the answer streams as JSON lines, a line per page.
 */
export const action = withFormErrors(async ({ context, request }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  // only who may create plans reads documents into drafts
  if ((await newPlanOptions(services(context).db, actor)).organisations.length === 0)
    throw data({ message: "forbidden", code: "forbidden" }, { status: 403 });
  const form = await request.formData();
  await documentOf(form); // a missing or too large document is answered at once, as the form's error
  return new Response(
    readingStream((progress) => readForReview(form, progress), languageOf(request)),
    { headers: readingStreamHeaders },
  );
});
