import { Link, redirect, useActionData, useSearchParams } from "react-router";
import { seriesChartSvg } from "~/.server/charts/series-chart";
import { areaView } from "~/.server/domain/area/area-view";
import { enterSeriesFigure } from "~/.server/domain/area/enter-series-figure";
import { withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { AreaListsSection } from "~/components/area-lists";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { PlanFiguresTable } from "~/components/plan-figures-table";
import { SeriesFigureSection } from "~/components/series-figures";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/area";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "area", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const v = await areaView(services(context).db, actor, params.slug);
  const fallbackArea = v.plan.areas[0]?.name ?? v.plan.title;
  return {
    slug: params.slug,
    planTitle: v.plan.title,
    mayEdit: v.mayEdit,
    lists: v.lists,
    series: v.series.map((s) => {
      const area = s.area ?? fallbackArea;
      const lines = [
        { name: area, values: s.rows.map((r) => r.value) },
        ...(s.comparisonArea ? [{ name: s.comparisonArea, values: s.rows.map((r) => r.comparisonValue) }] : []),
        ...(s.referenceArea ? [{ name: s.referenceArea, values: s.rows.map((r) => r.referenceValue) }] : []),
      ];
      const chart =
        s.rows.length > 1
          ? seriesChartSvg(
              s.rows.map((r) => r.period),
              lines,
              s.unit,
            )
          : null;
      return { ...s, area, chart };
    }),
    statistics: v.areas.flatMap((a) => a.statistics.map((s) => ({ ...s, areaName: a.name }))),
  };
});

export const action = withFormErrors(async ({ context, request, params }: Route.ActionArgs) => {
  const actor = requireActor(context, request);
  const form = Object.fromEntries(await request.formData());
  await enterSeriesFigure(services(context).db, actor, params.slug, form);
  return redirect(
    `/planer/${params.slug}/omraadet?gemt=${encodeURIComponent(String(form.series))}#serie-${String(form.series)}`,
  );
});

export default function AreaPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const { slug, planTitle, lists, statistics, series, mayEdit } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("area.title") },
        ]}
      />
      <h1>{t("area.title")}</h1>
      <p className="font-lead">{t("area.intro")}</p>
      {search.get("gemt") ? <FormMessage kind="success" message={t("area.series.saved")} /> : null}
      {search.get("indlaest") ? (
        <FormMessage kind="success" message={t("area.import.done", { count: Number(search.get("indlaest")) })} />
      ) : null}

      <section className="plan-section" aria-labelledby="lister">
        <h2 id="lister">{t("area.lists.title")}</h2>
        <p>{t("area.lists.intro")}</p>
        {lists.length === 0 ? <p>{t("area.lists.none")}</p> : null}
        {lists.map((l) => (
          <AreaListsSection key={l.listArea} listArea={l.listArea} years={l.years} />
        ))}
      </section>

      {series.length > 0 ? (
        <section className="plan-section" aria-labelledby="noegletal">
          <h2 id="noegletal">{t("area.series.title")}</h2>
          <p>{t("area.series.intro")}</p>
          {mayEdit ? (
            <p>
              <Link to={`/planer/${slug}/omraadet/indlaes`} className="button button-secondary">
                {t("area.import.link")}
              </Link>
            </p>
          ) : null}
          {series.map((s) => (
            <SeriesFigureSection key={s.key} s={s} />
          ))}
        </section>
      ) : null}

      {mayEdit && series.length > 0 ? <FigureEntryForm series={series} /> : null}

      {statistics.length > 0 ? <PlanFiguresTable statistics={statistics} /> : null}
    </>
  );
}

/** The form for typing a key figure for a year by hand. */
function FigureEntryForm({ series }: { series: Route.ComponentProps["loaderData"]["series"] }) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  return (
    <section className="plan-section" aria-labelledby="indtast">
      <h2 id="indtast">{t("area.entry.title")}</h2>
      <PostForm>
        <FormMessage message={answer?.error} />
        <Select
          name="series"
          label={t("area.entry.series")}
          error={answer?.fields.series}
          options={series.map((s) => ({ value: s.key, label: s.label }))}
        />
        <TextField
          name="period"
          label={t("area.entry.period")}
          hint={t("area.entry.periodHint")}
          width="s"
          error={answer?.fields.period}
        />
        <TextField
          name="value"
          label={t("area.entry.value")}
          inputMode="decimal"
          width="s"
          error={answer?.fields.value}
        />
        <TextField
          name="comparisonValue"
          label={t("area.entry.comparisonValue")}
          hint={t("area.entry.optional")}
          inputMode="decimal"
          width="s"
          error={answer?.fields.comparisonValue}
        />
        <TextField
          name="referenceValue"
          label={t("area.entry.referenceValue")}
          hint={t("area.entry.optional")}
          inputMode="decimal"
          width="s"
          error={answer?.fields.referenceValue}
        />
        <TextField name="source" label={t("area.entry.source")} error={answer?.fields.source} />
        <SubmitButton>{t("area.entry.save")}</SubmitButton>
      </PostForm>
    </section>
  );
}
