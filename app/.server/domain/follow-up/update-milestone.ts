import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { milestoneUpdates } from "../../db/schema";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";

const due = /^(\d{4}-\d{2}-\d{2}|\d{4}Q[1-4]|\d{4})$/;

/** A milestone marked done (with the date), postponed (new due date and reason) or dropped (reason). */
export const milestoneUpdateSchema = z.discriminatedUnion("status", [
  z.object({
    key: z.string().min(1),
    status: z.literal("done"),
    doneDate: z.iso.date({ error: "milestoneDoneDateFormat" }),
    reason: z.string().trim().optional(),
  }),
  z.object({
    key: z.string().min(1),
    status: z.literal("postponed"),
    newDue: z.string().trim().regex(due, "newDueFormat"),
    reason: z.string().trim().min(3, "postponeReasonRequired"),
  }),
  z.object({
    key: z.string().min(1),
    status: z.literal("dropped"),
    reason: z.string().trim().min(3, "abandonReasonRequired"),
  }),
  z.object({ key: z.string().min(1), status: z.literal("planned"), reason: z.string().trim().optional() }),
]);

/** Records a change of a milestone's status; the plan itself (its versions) is not changed. */
export async function updateMilestone(db: Database, actor: Actor, slug: string, input: unknown) {
  const { plan, planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const parsed = milestoneUpdateSchema.safeParse(input);
  if (!parsed.success)
    throw userError(
      "invalid-milestone",
      "checkFields",
      parsed.error.issues.map((i) => ({
        path: String(i.path[0] ?? "status"),
        message: i.path[0] === "status" ? "chooseMilestoneStatus" : i.message,
      })),
    );
  const u = parsed.data;
  if (!plan.milestones.some((m) => m.key === u.key)) throw userError("not-found", "milestoneNotFound");
  await db.insert(milestoneUpdates).values({
    id: randomUUID(),
    organisationId: resource.organisationId,
    planId,
    milestoneKey: u.key,
    status: u.status,
    doneDate: u.status === "done" ? u.doneDate : null,
    newDue: u.status === "postponed" ? u.newDue : null,
    reason: u.reason || null,
    createdBy: actor.kind === "user" ? actor.userId : null,
  });
  await recordAudit(db, actor, {
    action: "milestone.update",
    resourceType: "plan",
    resourceId: planId,
    organisationId: resource.organisationId,
    outcome: "allowed",
    details: { milestone: u.key, status: u.status },
  });
}
