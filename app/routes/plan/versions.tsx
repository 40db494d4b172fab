import { Form, Link } from "react-router";
import { compareVersions } from "~/.server/domain/versions/compare-versions";
import { withPageErrors } from "~/.server/http/user-errors";
import { renderHtmlBody } from "~/.server/reports/render-html";
import { versionDiffDocument } from "~/.server/reports/version-diff-document";
import { requireActor, services } from "~/.server/request-context";
import { Select } from "~/components/form";
import { formatDate, formatDateTime } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/versions";

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "versions");
}

const number = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const query = new URL(request.url).searchParams;
  const c = await compareVersions(services(context).db, actor, params.slug, {
    from: number(query.get("fra")),
    to: number(query.get("til")),
  });
  const label = (v: (typeof c.versions)[number]) => ({
    number: v.number,
    status: v.status,
    approvedBody: v.approvedBody,
    approvedOn: v.approvedOn,
  });
  return {
    slug: params.slug,
    versions: c.versions.map((v) => ({
      ...label(v),
      decisionNote: v.decisionNote,
      createdAt: v.createdAt.toISOString(),
    })),
    from: c.from?.number,
    to: c.to?.number,
    // The same document as the Word download, rendered as escaped HTML.
    diffHtml:
      c.diff && c.from && c.to
        ? renderHtmlBody(versionDiffDocument(c.plan, label(c.from), label(c.to), c.diff))
        : undefined,
  };
});

export default function Versions({ loaderData: d }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  return (
    <>
      <h1>{t("versions.title")}</h1>
      <div className="table--responsive-scroll">
        <table className="table table--compact">
          <caption className="sr-only">{t("versions.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("versions.number")}</th>
              <th scope="col">{t("versions.status")}</th>
              <th scope="col">{t("versions.created")}</th>
              <th scope="col">{t("versions.approval")}</th>
            </tr>
          </thead>
          <tbody>
            {d.versions.map((v) => (
              <tr key={v.number}>
                <th scope="row">{v.number}</th>
                <td>{t(`versions.statuses.${v.status}`)}</td>
                <td>{formatDateTime(v.createdAt, lang)}</td>
                <td>
                  {v.approvedOn
                    ? `${v.approvedBody ?? ""}, ${formatDate(v.approvedOn, lang)}${v.decisionNote ? `: ${v.decisionNote}` : ""}`
                    : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {d.versions.length > 1 ? <CompareForm d={d} /> : <p>{t("versions.onlyOne")}</p>}
      {d.diffHtml ? (
        <section className="version-diff report" aria-label={t("versions.difference")}>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered on the server from escaped text */}
          <div dangerouslySetInnerHTML={{ __html: d.diffHtml }} />
          <p>
            <Link
              className="button button-secondary"
              to={`/planer/${d.slug}/versioner/forskel.docx?fra=${d.from}&til=${d.to}`}
              reloadDocument
            >
              {t("versions.downloadWord")}
            </Link>
          </p>
        </section>
      ) : null}
    </>
  );
}

/** Which two versions to compare (a GET form, so each comparison has its own address). */
function CompareForm({ d }: { d: Route.ComponentProps["loaderData"] }) {
  const { t } = useTranslation();
  const options = d.versions.map((v) => ({
    value: String(v.number),
    label: t("versions.option", { n: v.number, status: t(`versions.statuses.${v.status}`) }),
  }));
  return (
    <Form method="get" className="versions-compare">
      <h2>{t("versions.compare")}</h2>
      <div className="versions-compare-fields">
        {(["fra", "til"] as const).map((name) => (
          <Select
            key={name}
            name={name}
            label={t(`versions.${name}`)}
            options={options}
            defaultValue={String(name === "fra" ? d.from : d.to)}
          />
        ))}
      </div>
      <button type="submit" className="button button-secondary">
        {t("versions.show")}
      </button>
    </Form>
  );
}
