import { Link } from "react-router";
import { loadPlan } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { TextBlock } from "~/components/text";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/theory-of-change";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "theoryOfChange", { plan: data.planTitle }) : pageTitle(matches, "app");
}

const levels = ["focusArea", "activity", "result", "effect"] as const;

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan } = await loadPlan(context, request, params.slug);
  const toc = plan.theoryOfChange ?? { nodes: [], links: [], description: undefined };
  const label = new Map(toc.nodes.map((n) => [n.key, n.label]));
  return {
    slug: plan.slug,
    planTitle: plan.title,
    description: toc.description,
    nodes: toc.nodes.map((n) => ({
      ...n,
      leadsTo: toc.links.filter((l) => l.from === n.key).map((l) => label.get(l.to) ?? l.to),
      comesFrom: toc.links.filter((l) => l.to === n.key).map((l) => label.get(l.from) ?? l.from),
    })),
  };
}

export default function TheoryOfChangePage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { slug, planTitle, description, nodes } = loaderData;
  const link = (n: (typeof nodes)[number]) =>
    n.ref && n.level === "activity" ? (
      <Link to={`/planer/${slug}/aktiviteter/${n.ref}`}>{n.label}</Link>
    ) : n.ref && n.level === "focusArea" ? (
      <Link to={`/planer/${slug}/indsatsomraader/${n.ref}`}>{n.label}</Link>
    ) : (
      n.label
    );
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("toc.title") },
        ]}
      />
      <h1>{t("toc.title")}</h1>
      <TextBlock text={description} />
      {nodes.length === 0 ? <p>{t("toc.none")}</p> : null}
      <div className="toc-columns">
        {levels
          .filter((level) => nodes.some((n) => n.level === level))
          .map((level) => (
            <section key={level} className="toc-column" aria-labelledby={`toc-${level}`}>
              <h2 id={`toc-${level}`} className="h3">
                {t(`toc.levels.${level}`)}
              </h2>
              <ul className="unstyled-list">
                {nodes
                  .filter((n) => n.level === level)
                  .map((n) => (
                    <li key={n.key} className="toc-node">
                      <strong>{link(n)}</strong>
                      {n.leadsTo.length > 0 ? (
                        <p className="form-hint">
                          {t("toc.leadsTo")}: {n.leadsTo.join(", ")}
                        </p>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
      </div>
    </>
  );
}
