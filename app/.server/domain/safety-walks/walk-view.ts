import { and, asc, desc, eq, ne } from "drizzle-orm";
import { type Actor, can } from "../../auth/policy";
import type { Database } from "../../db/client";
import { safetyWalkPlaces, safetyWalks } from "../../db/schema";
import { getPlan } from "../plans/get-plan";
import { walkOfPlan } from "./walk-of-plan";

const placeColumns = {
  id: safetyWalkPlaces.id,
  walkId: safetyWalkPlaces.walkId,
  lat: safetyWalkPlaces.lat,
  lng: safetyWalkPlaces.lng,
  problem: safetyWalkPlaces.problem,
  action: safetyWalkPlaces.action,
  responsible: safetyWalkPlaces.responsible,
  status: safetyWalkPlaces.status,
  photoType: safetyWalkPlaces.photoType,
};

/** The plan's walks, newest first. */
export async function listWalks(db: Database, actor: Actor, slug: string) {
  const { plan, planId, resource } = await getPlan(db, actor, slug);
  const walks = await db
    .select()
    .from(safetyWalks)
    .where(eq(safetyWalks.planId, planId))
    .orderBy(desc(safetyWalks.date));
  return { plan, mayEdit: can(actor, "plan.edit", resource), walks };
}

/** One walk with its places (the photo itself is fetched on its own). */
export async function walkView(db: Database, actor: Actor, slug: string, walkId: string) {
  const { plan, planId, resource } = await getPlan(db, actor, slug);
  const walk = await walkOfPlan(db, planId, walkId);
  const places = await db
    .select(placeColumns)
    .from(safetyWalkPlaces)
    .where(eq(safetyWalkPlaces.walkId, walk.id))
    .orderBy(asc(safetyWalkPlaces.createdAt));
  return { plan, walk, places, mayEdit: can(actor, "plan.edit", resource) };
}

/** A place's photo, for those who may read the plan. */
export async function placePhoto(db: Database, actor: Actor, slug: string, walkId: string, placeId: string) {
  const { planId } = await getPlan(db, actor, slug);
  const walk = await walkOfPlan(db, planId, walkId);
  const [row] = /^[0-9a-f-]{36}$/i.test(placeId)
    ? await db
        .select({ photo: safetyWalkPlaces.photo, photoType: safetyWalkPlaces.photoType })
        .from(safetyWalkPlaces)
        .where(and(eq(safetyWalkPlaces.id, placeId), eq(safetyWalkPlaces.walkId, walk.id)))
    : [];
  return row?.photo && row.photoType ? { bytes: row.photo, type: row.photoType } : null;
}

/** The actions not yet done from every walk of a plan, for the status note. */
export async function openWalkActions(db: Database, planId: string) {
  return db
    .select({ date: safetyWalks.date, walk: safetyWalks.title, ...placeColumns })
    .from(safetyWalkPlaces)
    .innerJoin(safetyWalks, eq(safetyWalks.id, safetyWalkPlaces.walkId))
    .where(and(eq(safetyWalkPlaces.planId, planId), ne(safetyWalkPlaces.status, "done")))
    .orderBy(asc(safetyWalks.date), asc(safetyWalkPlaces.createdAt));
}
