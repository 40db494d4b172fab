import { useTranslation } from "react-i18next";
import { areaView } from "~/.server/domain/area/area-view";
import { guard, requireActor, services } from "~/.server/request-context";
import { AreaListsSection } from "~/components/area-lists";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { formatNumber } from "~/format/format";
import type { Language } from "~/i18n";
import type { Route } from "./+types/area";

export function meta({ data }: Route.MetaArgs) {
  return [{ title: data ? `Området i tal · ${data.planTitle} · Helhed` : "Helhed" }];
}

export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const v = await guard(() => areaView(services(context).db, actor, params.slug));
  return {
    slug: params.slug,
    planTitle: v.plan.title,
    mayEdit: v.mayEdit,
    lists: v.lists,
    statistics: v.areas.flatMap((a) => a.statistics.map((s) => ({ ...s, areaName: a.name }))),
  };
}

export default function AreaPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const { slug, planTitle, lists, statistics } = loaderData;
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

      <section className="plan-section" aria-labelledby="lister">
        <h2 id="lister">{t("area.lists.title")}</h2>
        <p>{t("area.lists.intro")}</p>
        {lists.length === 0 ? <p>{t("area.lists.none")}</p> : null}
        {lists.map((l) => (
          <AreaListsSection key={l.listArea} listArea={l.listArea} years={l.years} />
        ))}
      </section>

      {statistics.length > 0 ? (
        <section className="plan-section" aria-labelledby="planens-tal">
          <h2 id="planens-tal">{t("area.planFigures.title")}</h2>
          <table className="table table--responsive-headers">
            <caption>{t("area.planFigures.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("area.planFigures.figure")}</th>
                <th scope="col">{t("area.planFigures.value")}</th>
                <th scope="col">{t("area.planFigures.comparison")}</th>
                <th scope="col">{t("area.planFigures.source")}</th>
              </tr>
            </thead>
            <tbody>
              {statistics.map((s) => (
                <tr key={`${s.areaName}-${s.key}`}>
                  <th scope="row" data-title={t("area.planFigures.figure")}>
                    {s.label}
                  </th>
                  <td data-title={t("area.planFigures.value")}>
                    {`${formatNumber(s.value, lang)} ${t(`area.units.${s.unit}`)}`}
                  </td>
                  <td data-title={t("area.planFigures.comparison")}>
                    {s.comparison
                      ? `${s.comparison.area}: ${formatNumber(s.comparison.value, lang)} ${t(`area.units.${s.unit}`)}`
                      : "–"}
                  </td>
                  <td data-title={t("area.planFigures.source")}>{s.source ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </>
  );
}
