import { Form, redirect, useActionData, useNavigation, useSearchParams } from "react-router";
import { can } from "~/.server/auth/policy";
import { today } from "~/.server/clock";
import { planAttainment } from "~/.server/domain/attainment/plan-attainment";
import { readReportNotes, saveReportNotes } from "~/.server/domain/reports/report-notes";
import { languageOf, translatorFor } from "~/.server/http/translator";
import { attempt, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { renderHtmlBody } from "~/.server/reports/render-html";
import { reportAction, reportKinds } from "~/.server/reports/report-kinds";
import { reportPrompts } from "~/.server/reports/report-prompts";
import { loadPlan, requireActor, services } from "~/.server/request-context";
import { FormMessage, Select } from "~/components/form";
import { ReportPrompts } from "~/components/report-prompts";
import { formatPeriod } from "~/format/format";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { defaultPeriod, periodChoices } from "~/plan-format/periods";
import type { Route } from "./+types/reports";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "reports");
}

const formats = ["pdf", "docx", "html", "xlsx"] as const;

/** The report form's choices from the address: kind, period, audience, format. */
function choices(url: URL, planPeriod: { start: string; end: string }) {
  const q = url.searchParams;
  const kind = reportKinds[q.get("kind") ?? ""] ? (q.get("kind") as string) : "status";
  const period = q.get("periode") ?? defaultPeriod(planPeriod, today());
  const audience = q.get("audience") === "external" ? ("external" as const) : ("internal" as const);
  const format = (formats as readonly string[]).includes(q.get("format") ?? "") ? (q.get("format") as string) : "pdf";
  return { kind, period, audience, format };
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const { plan, planId, resource } = await loadPlan(context, request, params.slug);
  const t = translatorFor(request);
  const url = new URL(request.url);
  const c = choices(url, plan.period);
  const kind = reportKinds[c.kind];
  const allowed = (k: string, audience: "internal" | "external") =>
    can(actor, reportAction(reportKinds[k], audience), resource);
  const kinds = Object.entries(reportKinds)
    .filter(([k]) => allowed(k, "internal") || allowed(k, "external"))
    .map(([k, v]) => ({ key: k, label: t(`reports.kinds.${k}`), fromLogbook: !!v.fromLogbook }));
  const may = allowed(c.kind, c.audience);
  let preview: string | undefined;
  let problem: string | undefined;
  if (url.searchParams.has("vis") && may) {
    const { db } = services(context);
    const built = await attempt(request, () =>
      kind.build({
        plan,
        planId,
        db,
        actor,
        period: c.period,
        audience: c.audience,
        today: today(),
        lang: languageOf(request),
      }),
    );
    if ("value" in built) preview = renderHtmlBody(built.value);
    else problem = built.problem.error;
  }
  const mayWriteNotes = can(actor, "plan.edit", resource);
  const notes = kind.fromLogbook ? await readReportNotes(services(context).db, planId, c.period) : new Map();
  // Before a report from the logbook: a summary, a few lines per focus area, and a word on every criterion behind.
  const prompts =
    kind.fromLogbook && mayWriteNotes
      ? reportPrompts(
          plan,
          (await planAttainment(services(context).db, actor, plan.slug, c.period, today())).rows,
          notes,
          t,
        )
      : [];
  return {
    slug: params.slug,
    kinds,
    ...c,
    fromLogbook: !!kind.fromLogbook,
    may,
    mayWriteNotes,
    periods: periodChoices(plan.period).map((p) => ({ id: p.id, label: formatPeriod(p.id, plan.period, t) })),
    prompts,
    notes: Object.fromEntries(notes) as Record<string, string>,
    preview,
    problem,
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const period = String(form.get("periode") ?? "plan");
  const texts: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (k.startsWith("note:")) texts[k.slice(5)] = String(v);
  await saveReportNotes(services(context).db, actor, params.slug, period, texts);
  const back = new URL(request.url);
  back.searchParams.set("gemt", "1");
  return redirect(`${back.pathname}?${back.searchParams.toString()}`);
});

export default function Reports({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  const navigation = useNavigation();
  const query = `kind=${d.kind}&periode=${d.period}&audience=${d.audience}&format=${d.format}`;
  const busy = navigation.state === "loading" && navigation.location?.search.includes("vis=");
  return (
    <>
      <h1>{t("reports.title")}</h1>
      <p className="font-lead">{t("reports.intro")}</p>
      <ReportChoiceForm d={d} />
      {!d.may ? <FormMessage kind="info" message={t("reports.notAllowed")} /> : null}
      {d.problem ? <FormMessage message={d.problem} /> : null}
      {busy ? (
        <p className="report-progress" role="status">
          {t("reports.working")}
        </p>
      ) : null}
      {d.prompts.length ? <ReportPrompts d={d} error={answer?.error} saved={search.has("gemt")} /> : null}
      {d.preview ? (
        <>
          <p className="editor-actions">
            <a className="button button-primary" href={`/planer/${d.slug}/rapporter/fil?${query}`} download>
              {t("reports.download", { format: t(`reports.formats.${d.format}`) })}
            </a>
          </p>
          <section className="report report-preview" aria-label={t("reports.previewLabel")}>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from escaped text */}
            <div dangerouslySetInnerHTML={{ __html: d.preview }} />
          </section>
        </>
      ) : null}
    </>
  );
}

/** The report to make: kind, period, audience and format (a GET form, so every choice has its own address). */
function ReportChoiceForm({ d }: { d: Route.ComponentProps["loaderData"] }) {
  const { t } = useTranslation();
  return (
    <Form method="get" className="report-form">
      <Select
        name="kind"
        label={t("reports.kind")}
        options={d.kinds.map((k) => ({ value: k.key, label: k.label }))}
        defaultValue={d.kind}
      />
      <Select
        name="periode"
        label={t("attainment.period")}
        hint={t("reports.periodHint")}
        options={d.periods.map((p) => ({ value: p.id, label: p.label }))}
        defaultValue={d.period}
      />
      <fieldset className="form-group">
        <legend className="form-label">{t("reports.audience")}</legend>
        {(["internal", "external"] as const).map((a) => (
          <div className="form-group-radio" key={a}>
            <input
              className="form-radio"
              type="radio"
              id={`audience-${a}`}
              name="audience"
              value={a}
              defaultChecked={d.audience === a}
            />
            <label htmlFor={`audience-${a}`}>
              {t(`reports.audiences.${a}`)}
              <span className="form-hint">{t(`reports.audienceHints.${a}`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <Select
        name="format"
        label={t("reports.format")}
        options={formats.map((f) => ({ value: f, label: t(`reports.formats.${f}`) }))}
        defaultValue={d.format}
      />
      <div className="editor-actions">
        <button type="submit" className="button button-primary" name="vis" value="1">
          {t("reports.preview")}
        </button>
      </div>
    </Form>
  );
}
