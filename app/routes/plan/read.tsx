import { useState } from "react";
import { data, redirect, useActionData } from "react-router";
import { createPlanFromDocument } from "~/.server/domain/plans/create-plan-from-document";
import { newPlanOptions } from "~/.server/domain/plans/new-plan-options";
import { userError } from "~/.server/errors";
import { type Refusal, withFormErrors } from "~/.server/http/user-errors";
import { preloadPdfReader } from "~/.server/plan-reader/pdf-text";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage } from "~/components/form";
import { PlanReadForm } from "~/components/plan-read-form";
import { PlanReview } from "~/components/plan-review";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { applyReview } from "~/plan-reader/apply-review";
import type { Route } from "./+types/read";
import { decisionsOf, type Review, readForReview } from "./read-review.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "readPlan");
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const options = await newPlanOptions(services(context).db, actor);
  if (options.organisations.length === 0) throw data({ message: "forbidden", code: "forbidden" }, { status: 403 });
  void preloadPdfReader().catch(() => undefined); // ready before the first PDF arrives
  return { organisations: options.organisations };
}

type Answer = {
  error?: string;
  review?: Review;
  draft?: string;
  organisationId?: string;
  fields?: Record<string, string>;
};

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
  return (await readForReview(form)) satisfies Answer;
});

export default function ReadPlan({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  // the answer of the form sent the ordinary way (no JavaScript, or the review sent back), else the streamed one
  const [streamed, setStreamed] = useState<Answer>();
  const answer = (useActionData<typeof action>() as Answer | undefined) ?? streamed;
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
          <PlanReadForm organisations={d.organisations} onAnswer={(a) => setStreamed(a as Answer)} />
        </>
      )}
    </>
  );
}
