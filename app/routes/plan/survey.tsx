import QRCode from "qrcode";
import { redirect, useActionData, useSearchParams } from "react-router";
import { enterPaperResponse } from "~/.server/domain/surveys/answer-survey";
import { closeRound, openRound } from "~/.server/domain/surveys/open-round";
import { surveyView } from "~/.server/domain/surveys/survey-view";
import { userError } from "~/.server/errors";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { QuestionnaireFields } from "~/components/questionnaire-fields";
import { RoundComparison, RoundResults } from "~/components/survey-results";
import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/survey";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "named", { name: data.title }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const v = await surveyView(services(context).db, actor, params.slug, params.surveyId);
  const origin = new URL(request.url).origin;
  const rounds = await Promise.all(
    v.rounds.map(async ({ token, ...r }) => {
      const link = token && r.open ? `${origin}/u/${token}` : null;
      return { ...r, link, qr: link ? await QRCode.toString(link, { type: "svg", margin: 1, width: 160 }) : null };
    }),
  );
  return {
    slug: params.slug,
    planTitle: v.plan.title,
    title: v.survey.title,
    questions: v.survey.questions,
    criterionKey: v.survey.criterionKey,
    mayEdit: v.mayEdit,
    rounds,
    comparisons: v.comparisons,
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const { db } = services(context);
  const form = Object.fromEntries(await request.formData());
  const intent = String(form.intent ?? "");
  if (intent === "round") await openRound(db, actor, params.slug, params.surveyId, form);
  else if (intent === "close") await closeRound(db, actor, params.slug, params.surveyId, String(form.round ?? ""));
  else if (intent === "paper")
    await enterPaperResponse(db, actor, params.slug, params.surveyId, String(form.round ?? ""), form);
  else throw userError("bad-request", "unknownIntent");
  return redirect(`/planer/${params.slug}/undersoegelser/${params.surveyId}?gemt=${intent}`);
});

const savedKey: Record<string, string> = { paper: "paper", close: "close" };

export default function SurveyPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { slug, planTitle, title, questions, rounds, comparisons, mayEdit } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("surveys.title"), to: `/planer/${slug}/undersoegelser` },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      {search.get("gemt") ? (
        <FormMessage kind="success" message={t(`surveys.saved.${savedKey[search.get("gemt") ?? ""] ?? "round"}`)} />
      ) : null}
      <SurveyRounds rounds={rounds} mayEdit={mayEdit} />
      {comparisons.map((c) => (
        <section key={c.round} className="plan-section" aria-labelledby={`sammenligning-${c.round}`}>
          <h2 id={`sammenligning-${c.round}`}>
            {t("surveys.compare.title", { round: c.round, baseline: c.baseline })}
          </h2>
          <p>{t("surveys.compare.intro")}</p>
          <RoundComparison c={c} questions={questions} />
        </section>
      ))}
      {rounds.map((r) => (
        <details key={r.id} className="plan-section">
          <summary>{t("surveys.results.title", { round: r.label })}</summary>
          <RoundResults label={r.label} questions={questions} results={r.results} />
        </details>
      ))}
      {mayEdit && rounds.length > 0 ? <PaperResponseForm rounds={rounds} questions={questions} /> : null}
      {mayEdit ? <NewRoundForm /> : null}
    </>
  );
}

type Data = Route.ComponentProps["loaderData"];
type Rounds = Data["rounds"];

/** The rounds: responses, response rate and the criterion's figure with its interval; each open round's link. */
function SurveyRounds({ rounds, mayEdit }: { rounds: Rounds; mayEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section" aria-labelledby="runder">
      <h2 id="runder">{t("surveys.rounds.title")}</h2>
      {rounds.length === 0 ? <p>{t("surveys.rounds.none")}</p> : null}
      <table className="table table--compact table--responsive-headers">
        <caption>{t("surveys.rounds.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("surveys.rounds.round")}</th>
            <th scope="col">{t("surveys.rounds.period")}</th>
            <th scope="col">{t("surveys.rounds.responses")}</th>
            <th scope="col">{t("surveys.rounds.rate")}</th>
            <th scope="col">{t("surveys.rounds.criterion")}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r) => (
            <tr key={r.id}>
              <th scope="row" data-title={t("surveys.rounds.round")}>
                {`${r.label} (${t(`surveys.rounds.kinds.${r.kind}`)})`}
              </th>
              <td data-title={t("surveys.rounds.period")}>{r.period}</td>
              <td data-title={t("surveys.rounds.responses")}>
                {t("surveys.rounds.count", { count: r.responses, link: r.byLink, paper: r.responses - r.byLink })}
              </td>
              <td data-title={t("surveys.rounds.rate")}>
                {r.rate === null ? "–" : `${formatNumber(r.rate, lang)} % (${r.responses}/${r.invited})`}
              </td>
              <td data-title={t("surveys.rounds.criterion")}>
                {r.criterion
                  ? `${formatNumber(r.criterion.percent, lang)} % (${formatNumber(r.criterion.low, lang)}–${formatNumber(r.criterion.high, lang)} %)`
                  : t("surveys.rounds.tooFew")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RoundLinks rounds={rounds} mayEdit={mayEdit} />
    </section>
  );
}

/** Each open round's link and QR code, and the button that closes it. */
function RoundLinks({ rounds, mayEdit }: { rounds: Rounds; mayEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {rounds
        .filter((r) => r.link)
        .map((r) => (
          <div key={r.id} className="survey-link">
            <h3>{t("surveys.rounds.linkTitle", { round: r.label })}</h3>
            <p>
              <a href={r.link ?? ""}>{r.link}</a>
            </p>
            <div
              className="survey-qr"
              role="img"
              aria-label={t("surveys.rounds.qr", { round: r.label })}
              // biome-ignore lint/security/noDangerouslySetInnerHtml: QR code SVG made on the server from the link
              dangerouslySetInnerHTML={{ __html: r.qr ?? "" }}
            />
            {mayEdit ? (
              <PostForm>
                <input type="hidden" name="intent" value="close" />
                <input type="hidden" name="round" value={r.id} />
                <button type="submit" className="button button-secondary">
                  {t("surveys.rounds.close", { round: r.label })}
                </button>
              </PostForm>
            ) : null}
          </div>
        ))}
    </>
  );
}

/** A paper questionnaire typed in for a round. */
function PaperResponseForm({ rounds, questions }: { rounds: Rounds; questions: Data["questions"] }) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const err = answer?.intent === "paper" ? answer : undefined;
  return (
    <section className="plan-section" aria-labelledby="papir">
      <h2 id="papir">{t("surveys.paper.title")}</h2>
      <PostForm>
        <input type="hidden" name="intent" value="paper" />
        <FormMessage message={err?.error} />
        <Select
          name="round"
          label={t("surveys.paper.round")}
          options={rounds.map((r) => ({ value: r.id, label: r.label }))}
        />
        <QuestionnaireFields questions={questions} errors={err?.fields} />
        <SubmitButton>{t("surveys.paper.save")}</SubmitButton>
      </PostForm>
    </section>
  );
}

/** Opens a new round: its name, kind, period and how many were invited. */
function NewRoundForm() {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const err = answer?.intent === "round" ? answer : undefined;
  return (
    <section className="plan-section" aria-labelledby="ny-runde">
      <h2 id="ny-runde">{t("surveys.rounds.new")}</h2>
      <PostForm>
        <input type="hidden" name="intent" value="round" />
        <FormMessage message={err?.error} />
        <TextField name="label" label={t("surveys.rounds.label")} error={err?.fields.label} />
        <Select
          name="kind"
          label={t("surveys.rounds.kind")}
          options={[
            { value: "baseline", label: t("surveys.rounds.kinds.baseline") },
            { value: "followUp", label: t("surveys.rounds.kinds.followUp") },
          ]}
        />
        <TextField
          name="period"
          label={t("surveys.rounds.period")}
          hint={t("surveys.rounds.periodHint")}
          width="s"
          error={err?.fields.period}
        />
        <TextField
          name="invited"
          label={t("surveys.rounds.invited")}
          hint={t("surveys.rounds.invitedHint")}
          width="s"
          inputMode="numeric"
          error={err?.fields.invited}
        />
        <SubmitButton>{t("surveys.rounds.open")}</SubmitButton>
      </PostForm>
    </section>
  );
}
