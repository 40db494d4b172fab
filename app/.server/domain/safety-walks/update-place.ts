import { and, eq } from "drizzle-orm";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { safetyWalkPlaces } from "../../db/schema";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";
import { walkOfPlan } from "./walk-of-plan";

const statuses = ["open", "inProgress", "done"] as const;

/** Moves a place's action on: open, in progress, done. */
export async function updatePlaceStatus(
  db: Database,
  actor: Actor,
  slug: string,
  walkId: string,
  placeId: string,
  status: string,
) {
  const { planId } = await getPlan(db, actor, slug, "plan.edit");
  const walk = await walkOfPlan(db, planId, walkId);
  if (!(statuses as readonly string[]).includes(status))
    throw userError("invalid-place", "chooseStatus", [{ path: "status", message: "chooseActionStatus" }]);
  if (!/^[0-9a-f-]{36}$/i.test(placeId)) throw userError("not-found", "placeNotFound");
  const done = await db
    .update(safetyWalkPlaces)
    .set({ status: status as (typeof statuses)[number], updatedAt: new Date() })
    .where(and(eq(safetyWalkPlaces.id, placeId), eq(safetyWalkPlaces.walkId, walk.id)))
    .returning({ id: safetyWalkPlaces.id });
  if (done.length === 0) throw userError("not-found", "placeNotFound");
}
