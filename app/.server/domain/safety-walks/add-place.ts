import { randomUUID } from "node:crypto";
import { z } from "zod";
import { maxPhotoBytes, photoType } from "~/safety-walks/photo";
import { stripMetadata } from "~/safety-walks/strip-metadata";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { safetyWalkPlaces } from "../../db/schema";
import { type ErrorKey, userError } from "../../errors";
import { getPlan } from "../plans/get-plan";
import { walkOfPlan } from "./walk-of-plan";

const coordinate = (min: number, max: number, message: ErrorKey) =>
  z
    .string()
    .trim()
    .transform((s) => Number(s.replace(",", ".")))
    .refine((n) => Number.isFinite(n) && n >= min && n <= max, message);

const input = z.object({
  lat: coordinate(-90, 90, "placeOrLatitude"),
  lng: coordinate(-180, 180, "placeOrLongitude"),
  problem: z.string().trim().min(3, "placeProblemRequired").max(2000),
  action: z.string().trim().min(3, "actionRequired").max(2000),
  responsible: z.string().trim().min(2, "responsibleRequired").max(200),
});

/**
 * Marks a place on a walk: where (on the map), the problem, the action agreed, who is responsible,
 * and a photo. A photo must be JPEG, PNG or WebP by its bytes and at most 5 MB; anything else is refused.
 */
export async function addPlace(
  db: Database,
  actor: Actor,
  slug: string,
  walkId: string,
  posted: Record<string, unknown>,
  photo: Uint8Array | null,
) {
  const { planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const walk = await walkOfPlan(db, planId, walkId);
  const parsed = input.safeParse(posted);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message }));
  const type = photo && photo.length > 0 ? photoType(photo) : null;
  if (photo && photo.length > maxPhotoBytes) problems.push({ path: "photo", message: "photoTooLarge" });
  else if (photo && photo.length > 0 && !type) problems.push({ path: "photo", message: "choosePhotoType" });
  // The photo is kept without its metadata (a phone's GPS position, camera, time).
  const kept = type && photo ? stripMetadata(photo, type) : null;
  if (type && photo && !kept) problems.push({ path: "photo", message: "photoUnreadable" });
  if (!parsed.success || problems.length > 0) throw userError("invalid-place", "checkFields", problems);
  await db.insert(safetyWalkPlaces).values({
    id: randomUUID(),
    organisationId: resource.organisationId,
    planId,
    walkId: walk.id,
    ...parsed.data,
    photo: kept ? Buffer.from(kept) : null,
    photoType: type,
  });
}
