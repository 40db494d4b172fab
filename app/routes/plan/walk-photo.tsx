import { placePhoto } from "~/.server/domain/safety-walks/walk-view";
import { languageOf } from "~/.server/http/translator";
import { withPageErrors } from "~/.server/http/user-errors";
import { requireActor, services } from "~/.server/request-context";
import { errorText } from "~/i18n/error-text";
import type { Route } from "./+types/walk-photo";

/** A place's photo, served with its checked type and never sniffed as anything else. */
export const loader = withPageErrors(async ({ context, request, params }: Route.LoaderArgs) => {
  const actor = requireActor(context, request);
  const photo = await placePhoto(services(context).db, actor, params.slug, params.walkId, params.placeId);
  if (!photo) return new Response(errorText("photoNotFound", {}, languageOf(request)), { status: 404 });
  return new Response(new Uint8Array(photo.bytes), {
    headers: { "Content-Type": photo.type, "Content-Disposition": "inline", "Cache-Control": "private, no-store" },
  });
});
