import { redirect, useActionData } from "react-router";
import { continueAreaFigures, uploadAreaFigures } from "~/.server/domain/area/area-figures-upload";
import type { AreaFiguresCheck } from "~/.server/domain/area/import-area-figures";
import { maxUploadBytes } from "~/.server/domain/logbook-excel/staged-uploads";
import { getPlan } from "~/.server/domain/plans/get-plan";
import { userError } from "~/.server/errors";
import { type Refusal, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import type { FigureMapping, LevelRole } from "~/area-figures/figure-mapping";
import { MappingForm } from "~/components/area-figures-mapping";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, SubmitButton } from "~/components/form";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/area-import";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "areaImport", { plan: data.planTitle }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const { plan } = await getPlan(services(context).db, actor, params.slug, "plan.edit");
  return { slug: params.slug, planTitle: plan.title, series: plan.series.map((s) => ({ key: s.key, label: s.label })) };
});

type Answer = { error?: string; uploadId?: string; fileName?: string; check?: AreaFiguresCheck };

/** The mapping as the form posts it: indicator.N + series.N, level.N + role.N. */
function postedMapping(form: FormData): FigureMapping {
  const indicators: Record<string, string> = {};
  for (let i = 0; form.has(`indicator.${i}`); i++)
    indicators[String(form.get(`indicator.${i}`))] = String(form.get(`series.${i}`) ?? "");
  const levels: Record<string, LevelRole> = {};
  for (let i = 0; form.has(`level.${i}`); i++)
    levels[String(form.get(`level.${i}`))] = String(form.get(`role.${i}`) ?? "") as LevelRole;
  return { indicators, levels };
}

export const action = withFormErrors(
  async ({ context, request, params }: Route.ActionArgs, refusal: Refusal<Answer>) => {
    const actor = requireActor(context, request);
    const { db, cipher } = services(context);
    const form = await request.formData();
    const intent = String(form.get("intent") ?? "check");
    const uploadId = String(form.get("uploadId") ?? "");
    if (intent === "check") {
      const file = form.get("file");
      if (!(file instanceof File) || file.size === 0) throw userError("missing-file", "chooseBeboerdataFile");
      if (file.size > maxUploadBytes)
        throw userError("too-large", "areaFileTooLarge", { params: { mb: maxUploadBytes / 1024 / 1024 } });
      const bytes = new Uint8Array(await file.arrayBuffer());
      return uploadAreaFigures(db, cipher, actor, params.slug, { name: file.name, bytes });
    }
    const mapping = postedMapping(form);
    // A refused import shows the check of the same file and mapping again, beside the message.
    if (intent === "import")
      refusal.keep(await continueAreaFigures(db, cipher, actor, params.slug, uploadId, mapping, false));
    const result = await continueAreaFigures(db, cipher, actor, params.slug, uploadId, mapping, intent === "import");
    if ("imported" in result) return redirect(`/planer/${params.slug}/omraadet?indlaest=${result.imported}#noegletal`);
    return result;
  },
);

export default function AreaImportPage({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>() as Answer | undefined;
  const { slug, planTitle, series } = loaderData;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("area.title"), to: `/planer/${slug}/omraadet` },
          { label: t("area.import.title") },
        ]}
      />
      <h1>{t("area.import.title")}</h1>
      <p>{t("area.import.intro")}</p>
      <FormMessage message={answer?.error} />
      <PostForm encType="multipart/form-data">
        <input type="hidden" name="intent" value="check" />
        <div className="form-group">
          <label className="form-label" htmlFor="beboerdata-fil">
            {t("area.import.file")}
          </label>
          <span className="form-hint" id="beboerdata-fil-hint">
            {t("area.import.fileHint")}
          </span>
          <input
            className="form-file-input"
            id="beboerdata-fil"
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby="beboerdata-fil-hint"
          />
        </div>
        <SubmitButton>{t("area.import.check")}</SubmitButton>
      </PostForm>
      {answer?.check && answer.uploadId ? (
        <MappingForm check={answer.check} uploadId={answer.uploadId} fileName={answer.fileName ?? ""} series={series} />
      ) : null}
    </>
  );
}
