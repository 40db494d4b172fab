import { personAccessLog } from "~/.server/domain/persons/person-access-log";
import { withPageErrors } from "~/.server/http/user-errors";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { formatDateTime } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/person-access";
import { openLog } from "./open-log.server";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "accessLog");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const { ctx, db } = await openLog(context, request, params.slug, "plan.read");
  return {
    slug: params.slug,
    participantId: params.participantId,
    entries: await personAccessLog(db, ctx, params.participantId),
  };
});

export default function PersonAccess({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("log.title"), to: "/log" },
          { label: t("person.record"), to: `/log/${d.slug}/deltager/${d.participantId}` },
          { label: t("person.accessLog") },
        ]}
      />
      <h1>{t("person.accessLog")}</h1>
      <p>{t("person.accessLogIntro")}</p>
      <table className="table table--responsive-headers">
        <caption className="sr-only">{t("person.accessLog")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("person.when")}</th>
            <th scope="col">{t("person.who")}</th>
            <th scope="col">{t("person.what")}</th>
            <th scope="col">{t("person.why")}</th>
          </tr>
        </thead>
        <tbody>
          {d.entries.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: log lines in their fixed order
            <tr key={i}>
              <td data-title={t("person.when")}>{formatDateTime(e.at, lang)}</td>
              <td data-title={t("person.who")}>{e.who}</td>
              <td data-title={t("person.what")}>
                {t(`person.actions.${e.action.replace(/\./g, "_")}`, { defaultValue: e.action })}
                {e.outcome === "denied" ? ` (${t("person.denied")})` : ""}
              </td>
              <td data-title={t("person.why")}>{e.purpose}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
