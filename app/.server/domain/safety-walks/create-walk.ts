import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { safetyWalks } from "../../db/schema";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";

const input = z.object({
  title: z.string().trim().min(3, "walkTitleRequired").max(200),
  date: z.iso.date({ error: "dateFormat" }),
  participants: z.string().trim().min(2, "walkParticipantsRequired").max(1000),
});

/** Records a tryghedsvandring (date, participants); places are added to it afterwards. */
export async function createWalk(db: Database, actor: Actor, slug: string, posted: Record<string, unknown>) {
  const { planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const parsed = input.safeParse(posted);
  if (!parsed.success)
    throw userError(
      "invalid-walk",
      "checkFields",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const id = randomUUID();
  await db.insert(safetyWalks).values({ id, organisationId: resource.organisationId, planId, ...parsed.data });
  return id;
}
