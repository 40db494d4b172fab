import "leaflet/dist/leaflet.css";
import { redirect, useActionData, useSearchParams } from "react-router";
import { addPlace } from "~/.server/domain/safety-walks/add-place";
import { updatePlaceStatus } from "~/.server/domain/safety-walks/update-place";
import { walkView } from "~/.server/domain/safety-walks/walk-view";
import { type Refusal, withFormErrors, withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { Breadcrumbs } from "~/components/breadcrumbs";
import { FormMessage, PostForm, Select, SubmitButton, TextField } from "~/components/form";
import { WalkMap } from "~/components/walk-map";
import { formatDate } from "~/format/format";
import type { Language } from "~/i18n";
import { useTranslation } from "~/i18n/use-translation";
import { pageTitle } from "~/page-title";
import type { Route } from "./+types/walk";

export function meta({ data, matches }: Route.MetaArgs) {
  return data ? pageTitle(matches, "named", { name: data.title }) : pageTitle(matches, "app");
}

export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const { db, config } = services(context);
  const v = await walkView(db, actor, params.slug, params.walkId);
  return {
    slug: params.slug,
    planTitle: v.plan.title,
    title: v.walk.title,
    date: v.walk.date,
    participants: v.walk.participants,
    places: v.places,
    mayEdit: v.mayEdit,
    tileUrl: config.mapTileUrl,
  };
});

export const action = withFormErrors(
  async ({ context, request, params }: Route.ActionArgs, refusal: Refusal<{ intent: string }>) => {
    const actor = requireActor(context, request);
    const { db } = services(context);
    const form = await request.formData();
    const intent = String(form.get("intent") ?? "");
    // A photo makes this form multipart, which the refusal cannot read again: it is told which form it was.
    refusal.keep({ intent });
    if (intent === "status")
      await updatePlaceStatus(
        db,
        actor,
        params.slug,
        params.walkId,
        String(form.get("place") ?? ""),
        String(form.get("status") ?? ""),
      );
    else {
      const file = form.get("photo");
      const photo = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
      const fields = Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === "string"));
      await addPlace(db, actor, params.slug, params.walkId, fields, photo);
    }
    return redirect(
      `/planer/${params.slug}/tryghedsvandringer/${params.walkId}?gemt=${intent === "status" ? "status" : "sted"}`,
    );
  },
);

export default function WalkPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Language;
  const answer = useActionData<typeof action>();
  const [search] = useSearchParams();
  const { slug, planTitle, title, date, participants, places, mayEdit, tileUrl } = loaderData;
  const base = `/planer/${slug}/tryghedsvandringer`;
  return (
    <>
      <Breadcrumbs
        items={[
          { label: t("nav.plans"), to: "/" },
          { label: planTitle, to: `/planer/${slug}` },
          { label: t("walks.title"), to: base },
          { label: title },
        ]}
      />
      <h1>{title}</h1>
      <p>{t("walks.when", { date: formatDate(date, lang), participants })}</p>
      {search.get("gemt") ? (
        <FormMessage
          kind="success"
          message={t(`walks.saved.${search.get("gemt") === "status" ? "status" : "place"}`)}
        />
      ) : null}
      {answer?.intent === "status" ? <FormMessage message={answer.error} /> : null}
      <WalkMap
        tileUrl={tileUrl}
        places={places.map((p, i) => ({
          id: p.id,
          lat: p.lat,
          lng: p.lng,
          label: `${i + 1}. ${p.problem}`,
          done: p.status === "done",
        }))}
        pick={mayEdit}
        label={t("walks.map", { count: places.length })}
      />
      <PlacesTable places={places} mayEdit={mayEdit} base={base} />
      {mayEdit ? <NewPlaceForm count={places.length} /> : null}
    </>
  );
}

type Place = Route.ComponentProps["loaderData"]["places"][number];

/** The places found on the walk: where, the problem, the action, who is responsible, and its status. */
function PlacesTable({ places, mayEdit, base }: { places: Place[]; mayEdit: boolean; base: string }) {
  const { t } = useTranslation();
  return (
    <table className="table table--responsive-headers">
      <caption>{t("walks.placesCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("walks.place")}</th>
          <th scope="col">{t("walks.problem")}</th>
          <th scope="col">{t("walks.action")}</th>
          <th scope="col">{t("walks.responsible")}</th>
          <th scope="col">{t("walks.status")}</th>
        </tr>
      </thead>
      <tbody>
        {places.map((p, i) => (
          <tr key={p.id}>
            <th scope="row" data-title={t("walks.place")}>
              {`${i + 1}. (${p.lat.toFixed(5)}, ${p.lng.toFixed(5)})`}
              {p.photoType ? (
                <img
                  className="walk-photo d-block"
                  src={`${base}/${p.walkId}/foto/${p.id}`}
                  alt={t("walks.photoAlt", { problem: p.problem })}
                />
              ) : null}
            </th>
            <td data-title={t("walks.problem")}>{p.problem}</td>
            <td data-title={t("walks.action")}>{p.action}</td>
            <td data-title={t("walks.responsible")}>{p.responsible}</td>
            <td data-title={t("walks.status")}>
              {mayEdit ? <PlaceStatusForm place={p} n={i + 1} /> : t(`walks.statuses.${p.status}`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Sets a place's status: open, in progress or done. */
function PlaceStatusForm({ place: p, n }: { place: Place; n: number }) {
  const { t } = useTranslation();
  return (
    <PostForm>
      <input type="hidden" name="intent" value="status" />
      <input type="hidden" name="place" value={p.id} />
      <Select
        id={`status-${p.id}`}
        name="status"
        label={t("walks.statusFor", { n })}
        options={(["open", "inProgress", "done"] as const).map((s) => ({
          value: s,
          label: t(`walks.statuses.${s}`),
        }))}
        defaultValue={p.status}
      />
      <button type="submit" className="button button-secondary">
        {t("walks.saveStatus")}
      </button>
    </PostForm>
  );
}

/** Adds a place: where (picked on the map or typed), the problem, the action, who is responsible, a photo. */
function NewPlaceForm({ count }: { count: number }) {
  const { t } = useTranslation();
  const answer = useActionData<typeof action>();
  const err = answer?.intent === "place" ? answer : undefined;
  return (
    <section className="plan-section" aria-labelledby="nyt-sted">
      <h2 id="nyt-sted">{t("walks.newPlace")}</h2>
      <p>{t("walks.newPlaceIntro")}</p>
      <PostForm encType="multipart/form-data" key={`${count}`}>
        <input type="hidden" name="intent" value="place" />
        <FormMessage message={err?.error} />
        <TextField name="lat" label={t("walks.lat")} width="s" inputMode="decimal" error={err?.fields.lat} />
        <TextField name="lng" label={t("walks.lng")} width="s" inputMode="decimal" error={err?.fields.lng} />
        <TextField name="problem" label={t("walks.problem")} error={err?.fields.problem} />
        <TextField name="action" label={t("walks.action")} error={err?.fields.action} />
        <TextField name="responsible" label={t("walks.responsible")} error={err?.fields.responsible} />
        <div className={`form-group${err?.fields.photo ? " form-error" : ""}`}>
          <label className="form-label" htmlFor="felt-photo">
            {t("walks.photo")}
          </label>
          <span className="form-hint" id="felt-photo-hint">
            {t("walks.photoHint")}
          </span>
          {err?.fields.photo ? (
            <span className="form-error-message" id="felt-photo-error">
              {err.fields.photo}
            </span>
          ) : null}
          <input
            className="form-file-input"
            id="felt-photo"
            name="photo"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            aria-describedby="felt-photo-hint"
          />
        </div>
        <SubmitButton>{t("walks.addPlace")}</SubmitButton>
      </PostForm>
    </section>
  );
}
