import { Link, redirect, useActionData, useSearchParams } from "react-router";
import { today } from "~/.server/clock";
import { criterionDrilldown } from "~/.server/domain/attainment/criterion-drilldown";
import { enterCriterionValue } from "~/.server/domain/attainment/enter-criterion-value";
import { languageOf, translatorFor } from "~/.server/http/translator";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { PeriodSwitcher, StatusTag } from "~/components/attainment-status";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { formatDateRange, formatPeriodWithDates, targetExplanation, unitWord } from "~/format/attainment-text";
import { formatDate, formatFigure, formatPeriod, formatPeriodShort } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import { periodChoices } from "~/plan-format/periods";
import { indexPlan } from "~/plan-format/plan-index";
import type { Route } from "./+types/criterion";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "attainmentCriterion");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const t = translatorFor(request);
  const { db } = services(context);
  const day = today();
  const asked = new URL(request.url).searchParams.get("periode");
  const d = await criterionDrilldown(
    db,
    actor,
    params.slug,
    params.criterionKey,
    asked ?? undefined,
    day,
    languageOf(request),
  );
  const plan = d.plan;
  const period = d.period;
  const lang = languageOf(request);
  const index = indexPlan(plan);
  const word = (list: "eventTypes", key: string) => plan.logbook?.[list].find((w) => w.key === key)?.name ?? key;
  const courseType = (key: string) => index.courseTypes.find((c) => c.courseType.key === key)?.courseType;
  return {
    slug: params.slug,
    key: params.criterionKey,
    text: d.criterion.text,
    kind: d.criterion.measure.kind,
    period,
    periodLabel: formatPeriodWithDates(period, plan.period, t, lang),
    choices: periodChoices(plan.period).map((c) => ({ ...c, label: formatPeriod(c.id, plan.period, t) })),
    row: { ...d.row, counted: undefined },
    rangeLabel: formatDateRange(d.row.range, lang),
    targetNote: targetExplanation(d.row, t, lang),
    unit: unitWord(d.row.unit, t),
    aggregate: t(`attainment.aggregates.${d.row.aggregate}`),
    rule: d.rule,
    trend: d.trend.map((x) => ({ label: formatPeriodShort(x.period, t), actual: x.actual })),
    mayDrillDown: d.mayDrillDown,
    mayEnterValues: d.mayEnterValues,
    entered: d.entered.map((v) => ({ ...v, label: formatPeriodShort(v.period, t) })),
    series: d.series ? { label: d.series.label, source: d.series.source ?? null } : null,
    sharedWith: d.sharedWith,
    records: {
      ...d.records,
      events: d.records.events.map((e) => ({ ...e, type: word("eventTypes", e.type) })),
      courses: d.records.courses.map((c) => {
        const type = courseType(c.type);
        return {
          ...c,
          type: type?.name ?? c.type,
          outcome: c.outcome ? (type?.outcomes.find((o) => o.key === c.outcome)?.name ?? c.outcome) : null,
        };
      }),
    },
    enteredKind: ["externalStatistic", "survey", "milestone"].includes(d.criterion.measure.kind),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const form = await request.formData();
  const values = {
    period: String(form.get("period") ?? ""),
    value: String(form.get("value") ?? ""),
    source: String(form.get("source") ?? ""),
  };
  await enterCriterionValue(services(context).db, actor, params.slug, params.criterionKey, values);
  return redirect(`/planer/${params.slug}/maalopfyldelse/${params.criterionKey}?periode=${values.period}&gemt=1`);
});

type Data = Route.ComponentProps["loaderData"];

/** A figure of this criterion's kind in the reader's language. */
function useFigure(kind: string) {
  const { i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (v: number | null) => formatFigure(v, kind, lang);
}

export default function CriterionAttainment({ loaderData: d }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("attainment.title"), to: `/planer/${d.slug}/maalopfyldelse?periode=${d.period}` },
          { label: d.text },
        ]}
      />
      <h1>{d.text}</h1>
      {search.get("gemt") ? <FormMessage kind="success" message={t("attainment.valueSaved")} /> : null}
      <PeriodSwitcher choices={d.choices} value={d.period} label={t("attainment.period")} />
      <div className="editor-summary">
        <p className="h4">{t("attainment.rule")}</p>
        <p>{d.rule}</p>
      </div>
      <CriterionFacts d={d} />
      <TrendTable d={d} />
      {d.enteredKind ? <EnteredValues d={d} /> : <CountedRecords d={d} />}
    </>
  );
}

/** The figure for the period: what it covers, actual, target, baseline and status. */
function CriterionFacts({ d }: { d: Data }) {
  const { t } = useTranslation();
  const number = useFigure(d.kind);
  const r = d.row;
  return (
    <dl className="facts attainment-facts">
      <div className="facts-row">
        <dt>{t("attainment.periodCovered")}</dt>
        <dd>
          {d.periodLabel}
          {r.range.start !== r.period.start || r.range.end !== r.period.end ? (
            <span className="form-hint">{t("attainment.figureCovers", { range: d.rangeLabel })}</span>
          ) : null}
        </dd>
      </div>
      <div className="facts-row">
        <dt>{t("attainment.actual")}</dt>
        <dd>
          <strong>{number(r.actual)}</strong> {r.actual !== null && r.kind !== "outcomeRate" ? d.unit : ""}
          <span className="form-hint">{d.aggregate}</span>
          {r.immature ? <span className="form-hint">{t("attainment.tooYoung", { count: r.immature })}</span> : null}
        </dd>
      </div>
      <div className="facts-row">
        <dt>{t("attainment.target")}</dt>
        <dd>
          {r.target !== null
            ? number(r.target)
            : r.relativeTarget
              ? t(`criterion.relative.${r.relativeTarget}`)
              : t("attainment.noTarget")}
          {d.targetNote ? <span className="form-hint">{d.targetNote}</span> : null}
        </dd>
      </div>
      {r.baseline !== null ? (
        <div className="facts-row">
          <dt>{t("attainment.baseline")}</dt>
          <dd>{number(r.baseline)}</dd>
        </div>
      ) : null}
      <div className="facts-row">
        <dt>{t("attainment.status")}</dt>
        <dd>
          <StatusTag status={r.status} /> <span className="form-hint">{t(`attainment.statusHelp.${r.status}`)}</span>
        </dd>
      </div>
    </dl>
  );
}

/** The figure period by period. */
function TrendTable({ d }: { d: Data }) {
  const { t } = useTranslation();
  const number = useFigure(d.kind);
  return (
    <>
      <h2>{t("attainment.trend")}</h2>
      <table className="table table--compact">
        <caption className="sr-only">{t("attainment.trend")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("attainment.period")}</th>
            <th scope="col" className="align-text-right">
              {t("attainment.actual")}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.trend.map((x) => (
            <tr key={x.label}>
              <th scope="row">{x.label}</th>
              <td className="align-text-right">{number(x.actual)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Figures entered by hand (statistics, surveys, milestones), the criteria sharing the series, and the entry form. */
function EnteredValues({ d }: { d: Data }) {
  const { t } = useTranslation();
  const number = useFigure(d.kind);
  return (
    <section className="plan-section">
      <h2>{t("attainment.enteredValues")}</h2>
      {d.entered.length === 0 ? (
        <p>{t("attainment.noEnteredValues")}</p>
      ) : (
        <ul>
          {d.entered.map((v) => (
            <li key={v.period}>
              {v.label}: {number(v.value)} {v.source ? `(${v.source})` : ""}
            </li>
          ))}
        </ul>
      )}
      {d.series ? (
        <p className="form-hint">
          {t("attainment.seriesShared", { series: d.series.label })}
          {d.sharedWith.length > 0 ? ` ${t("attainment.seriesAlso")}` : ""}
        </p>
      ) : null}
      {d.sharedWith.length > 0 ? (
        <ul>
          {d.sharedWith.map((c) => (
            <li key={c.key}>
              <Link to={`/planer/${d.slug}/maalopfyldelse/${c.key}?periode=${d.period}`}>{c.text}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {d.mayEnterValues ? <EnterValueForm d={d} /> : null}
    </section>
  );
}

/** The form for entering a figure for a period. */
function EnterValueForm({ d }: { d: Data }) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const f = (answer?.fields ?? {}) as Record<string, string>;
  return (
    <PostForm>
      <h3>{t("attainment.enterValue")}</h3>
      <FormMessage message={answer?.error} />
      <Select
        name="period"
        label={t("attainment.period")}
        defaultValue={answer?.values.period ?? d.period}
        error={f.period}
        options={d.choices.map((c) => ({ value: c.id, label: c.label }))}
      />
      <TextField
        name="value"
        label={t("attainment.value")}
        inputMode="decimal"
        defaultValue={answer?.values.value}
        error={f.value}
        width="s"
      />
      <TextField
        name="source"
        label={t("attainment.source")}
        hint={t("attainment.sourceHint")}
        defaultValue={answer?.values.source}
        error={f.source}
      />
      <SubmitButton>{t("attainment.saveValue")}</SubmitButton>
    </PostForm>
  );
}

/** What the logbook figure counted: events, courses and participants (for those who may drill down). */
function CountedRecords({ d }: { d: Data }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <section className="plan-section">
      <h2>{t("attainment.counted")}</h2>
      {!d.mayDrillDown ? (
        <p>{t("attainment.aggregatesOnly")}</p>
      ) : (
        <>
          {d.records.events.length > 0 ? <CountedEvents d={d} /> : null}
          {d.records.courses.length > 0 ? (
            <>
              <h3>{t("attainment.courses", { count: d.records.coursesTotal })}</h3>
              <ul>
                {d.records.courses.map((c) => (
                  <li key={c.id}>
                    <Link to={`/log/${d.slug}/forloeb/${c.id}`}>
                      {c.type}, {formatDate(c.start, lang)}
                    </Link>
                    {c.outcome ? ` → ${c.outcome}` : ""} · {c.activity}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {d.records.participantsTotal > 0 ? (
            <>
              <h3>{t("attainment.participants", { count: d.records.participantsTotal })}</h3>
              {d.records.participants.length > 0 ? (
                <p className="participant-codes">{d.records.participants.join(", ")}</p>
              ) : (
                <p className="form-hint">{t("attainment.participantsHidden")}</p>
              )}
            </>
          ) : null}
          {d.records.events.length + d.records.courses.length + d.records.participantsTotal === 0 ? (
            <p>{t("attainment.nothingCounted")}</p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The events counted, the first ones shown. */
function CountedEvents({ d }: { d: Data }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <>
      <h3>{t("attainment.events", { count: d.records.eventsTotal })}</h3>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">{t("attainment.events", { count: d.records.eventsTotal })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("log.date")}</th>
              <th scope="col">{t("log.activity")}</th>
              <th scope="col">{t("attainment.eventType")}</th>
              <th scope="col" className="align-text-right">
                {t("attainment.attendance")}
              </th>
            </tr>
          </thead>
          <tbody>
            {d.records.events.map((e) => (
              <tr key={e.id}>
                <th scope="row">
                  <Link to={`/log/${d.slug}/arrangement/${e.id}`}>{formatDate(e.date, lang)}</Link>
                </th>
                <td>{e.activity}</td>
                <td>{e.type}</td>
                <td className="align-text-right">{e.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.records.eventsTotal > d.records.events.length ? (
        <p className="form-hint">{t("attainment.firstShown", { n: d.records.events.length })}</p>
      ) : null}
    </>
  );
}
