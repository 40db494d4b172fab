import { loadPlan } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { BulletList, Facts, Section, TextBlock } from "~/components/text";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/organisation";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "organisation", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const { plan } = await loadPlan(context, request, params.slug);
  const partnerName = (key?: string) => (key ? (plan.partners.find((p) => p.key === key)?.name ?? key) : undefined);
  return {
    slug: plan.slug,
    planTitle: plan.title,
    governance: plan.governance.map((g) => ({
      ...g,
      members: g.members.map((m) => ({ ...m, organisationName: partnerName(m.organisation) })),
    })),
    roles: plan.roles.map((r) => ({ ...r, organisationName: partnerName(r.organisation) })),
  };
}

export default function OrganisationPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { slug, planTitle, governance, roles } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("organisation.title") },
        ]}
      />
      <h1>{t("organisation.title")}</h1>
      {governance.length === 0 && roles.length === 0 ? <p>{t("organisation.none")}</p> : null}
      {governance.map((g) => (
        <section key={g.key} className="plan-section">
          <h2>{g.name}</h2>
          <p className="form-hint">{t(`organisation.kinds.${g.kind}`)}</p>
          <TextBlock text={g.description} />
          <Facts
            items={[
              { label: t("organisation.mandate"), value: g.mandate },
              {
                label: t("organisation.meetings"),
                value: [
                  g.meetingCadence,
                  g.meetingsPerYear ? t("organisation.meetingsPerYear", { count: g.meetingsPerYear }) : undefined,
                ]
                  .filter(Boolean)
                  .join(" · "),
              },
            ]}
          />
          {g.members.length > 0 ? (
            <>
              <h3>{t("organisation.members")}</h3>
              <ul>
                {g.members.map((m) => (
                  <li key={`${m.role}${m.name ?? ""}${m.organisation ?? ""}`}>
                    {m.count ? `${m.count} × ` : ""}
                    {m.role}
                    {m.name ? `: ${m.name}` : ""}
                    {m.organisationName ? ` (${m.organisationName})` : ""}
                    {m.note ? <span className="form-hint"> – {m.note}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {g.duties.length > 0 ? (
            <>
              <h3>{t("organisation.duties")}</h3>
              <BulletList items={g.duties} />
            </>
          ) : null}
        </section>
      ))}
      <Section title={t("organisation.roles")} show={roles.length > 0}>
        {roles.map((r) => (
          <div key={r.title}>
            <h3>
              {r.title}
              {r.organisationName ? ` (${r.organisationName})` : ""}
            </h3>
            <BulletList items={r.responsibilities} />
          </div>
        ))}
      </Section>
    </>
  );
}
