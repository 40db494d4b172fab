import { useTranslation } from "react-i18next";
import { data, redirect, useActionData, useNavigation } from "react-router";
import { createPlanFromDocument } from "~/.server/domain/plans/create-plan-from-document";
import { newPlanOptions } from "~/.server/domain/plans/new-plan-options";
import { userError } from "~/.server/errors";
import { type Refusal, withFormErrors } from "~/.server/http/user-errors";
import { readPlanDocument } from "~/.server/plan-reader/read-plan-document";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton } from "~/components/form";
import { PlanReview } from "~/components/plan-review";
import { applyReview } from "~/plan-reader/apply-review";
import type { Route } from "./+types/read";
import { decisionsOf, type Review, reviewOf } from "./read-review.server";

const maxBytes = 20 * 1024 * 1024;

export function meta() {
  return [{ title: "Indlæs plandokument · Helhed" }];
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const options = await newPlanOptions(services(context).db, actor);
  if (options.organisations.length === 0) throw data({ message: "forbidden", code: "forbidden" }, { status: 403 });
  return { organisations: options.organisations };
}

type Answer = {
  error?: string;
  review?: Review;
  draft?: string;
  organisationId?: string;
  fields?: Record<string, string>;
};

/** The uploaded document or the pasted text, as bytes and a name. */
async function documentOf(form: FormData): Promise<{ bytes: Uint8Array; name: string }> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > maxBytes)
      throw userError("too-large", "documentTooLarge", { params: { mb: maxBytes / 1024 / 1024 } });
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
  }
  const text = String(form.get("text") ?? "").trim();
  if (!text) throw userError("missing-file", "chooseDocumentOrText");
  return { bytes: new TextEncoder().encode(text), name: "indsat tekst" };
}

async function accept(
  form: FormData,
  actor: ReturnType<typeof requireActor>,
  db: ReturnType<typeof services>["db"],
  refusal: Refusal<Answer>,
) {
  const review = JSON.parse(String(form.get("review") ?? "{}")) as Review;
  const draft = String(form.get("draft") ?? "");
  const organisationId = String(form.get("organisationId") ?? "");
  const { decisions, errors } = decisionsOf(form, review);
  // A refusal shows the review again, as it was sent, with the problems in the plan at their places.
  refusal.keep({ review, draft, organisationId });
  refusal.shape((failure, error) =>
    error.details.length > 0 && error.code !== "invalid-review"
      ? {
          review: {
            ...review,
            problems: error.details.map((d, n) => ({ path: d.path, message: failure.problems[n] })),
          },
        }
      : {},
  );
  if (Object.keys(errors).length > 0)
    throw userError("invalid-review", "fixMarkedTargets", {
      details: Object.entries(errors).map(([path, message]) => ({ path, message })),
    });
  const plan = applyReview(JSON.parse(draft), decisions);
  const title = String(form.get("title") ?? "").trim();
  if (title) plan.title = title;
  const slug = String(form.get("slug") ?? "").trim() || undefined;
  const created = await createPlanFromDocument(db, actor, { plan, organisationId, slug });
  return redirect(`/planer/${created.slug}/maalopfyldelse?gemt=created`);
}

export const action = withFormErrors(async ({ context, request }: Route.ActionArgs, refusal: Refusal<Answer>) => {
  const actor = requireActor(context, request);
  const { db } = services(context);
  // only who may create plans reads documents into drafts
  if ((await newPlanOptions(db, actor)).organisations.length === 0)
    throw data({ message: "forbidden", code: "forbidden" }, { status: 403 });
  const form = await request.formData();
  if (form.get("intent") === "accept") return accept(form, actor, db, refusal);
  const organisationId = String(form.get("organisationId") ?? "");
  const { bytes, name } = await documentOf(form);
  const reading = await readPlanDocument(bytes, name);
  return { review: reviewOf(reading), draft: JSON.stringify(reading.plan), organisationId } satisfies Answer;
});

export default function ReadPlan({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const busy = useNavigation().state === "submitting";
  return (
    <>
      <Breadcrumbs items={[{ label: t("home.title"), to: "/" }, { label: t("planRead.title") }]} />
      <h1>{t("planRead.title")}</h1>
      <FormMessage message={answer?.error} />
      {answer?.review && answer.draft ? (
        <PlanReview
          review={answer.review}
          draft={answer.draft}
          organisationId={answer.organisationId ?? ""}
          fields={answer.fields ?? {}}
        />
      ) : (
        <>
          <p className="font-lead">{t("planRead.intro")}</p>
          <PostForm encType="multipart/form-data">
            <div className="form-group">
              <label className="form-label" htmlFor="plan-file">
                {t("planRead.file")}
              </label>
              <span className="form-hint" id="plan-file-hint">
                {t("planRead.fileHint")}
              </span>
              <input
                className="form-file-input"
                type="file"
                id="plan-file"
                name="file"
                aria-describedby="plan-file-hint"
                accept=".docx,.pdf,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain"
              />
            </div>
            <div className="form-group">
              <label className="form-label" htmlFor="plan-text">
                {t("planRead.text")}
              </label>
              <textarea className="form-input" id="plan-text" name="text" rows={6} />
            </div>
            <Select
              name="organisationId"
              label={t("newPlan.organisation")}
              options={d.organisations.map((o) => ({ value: o.id, label: o.name }))}
            />
            {busy ? <p role="status">{t("planRead.reading")}</p> : null}
            <SubmitButton name="intent" value="read">
              {t("planRead.read")}
            </SubmitButton>
          </PostForm>
        </>
      )}
    </>
  );
}
