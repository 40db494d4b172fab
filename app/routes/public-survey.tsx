import { redirect, useActionData, useSearchParams } from "react-router";
import { answerAnonymously, roundByToken } from "~/.server/domain/surveys/answer-survey";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requestInfoContext, services } from "~/.server/request-context";
import { FormMessage, PostForm, SubmitButton } from "~/components/form";
import { QuestionnaireFields } from "~/components/questionnaire-fields";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/public-survey";

export function meta({ matches }: Route.MetaArgs) {
  return [...pageTitle(matches, "publicSurvey"), { name: "robots", content: "noindex" }];
}

/** The anonymous answering page: no sign-in; the token opens this round's questionnaire and nothing else. */
export const loader = withPageErrors(async ({ context, params }: Route.LoaderArgs) => {
  const { survey } = await roundByToken(services(context).db, params.token);
  return { title: survey.title, questions: survey.questions };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const { ip } = context.get(requestInfoContext);
  await answerAnonymously(services(context).db, params.token, Object.fromEntries(await request.formData()), ip);
  return redirect(`/u/${params.token}?tak=1`);
});

export default function PublicSurveyPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  if (search.get("tak"))
    return (
      <>
        <h1>{t("surveys.public.thanksTitle")}</h1>
        <p>{t("surveys.public.thanks")}</p>
      </>
    );
  return (
    <>
      <h1>{loaderData.title}</h1>
      <p>{t("surveys.public.intro")}</p>
      <PostForm>
        <FormMessage message={answer?.error} />
        <QuestionnaireFields questions={loaderData.questions} errors={answer?.fields} />
        <SubmitButton>{t("surveys.public.send")}</SubmitButton>
      </PostForm>
    </>
  );
}
