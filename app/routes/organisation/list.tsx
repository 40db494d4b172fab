import { Link } from "react-router";
import { myOrganisations } from "~/.server/domain/organisations/get-organisation";
import { requireActor, services } from "~/.server/request-context";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/list";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "organisations");
}

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  return { organisations: await myOrganisations(services(context).db, actor) };
}

export default function OrganisationList({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("organisation.yours")}</h1>
      <ul>
        {loaderData.organisations.map((o) => (
          <li key={o.slug}>{o.manage ? <Link to={`/organisation/${o.slug}`}>{o.name}</Link> : o.name}</li>
        ))}
      </ul>
    </>
  );
}
