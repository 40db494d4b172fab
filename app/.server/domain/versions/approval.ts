import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { replacePlanStructure } from "../../db/plan-store/replace-plan";
import { planVersions } from "../../db/schema";
import { userError } from "../../errors";
import { planForEdit } from "./plan-for-edit";
import { openVersion } from "./version-store";

/** Sends the draft for approval; it is locked until approved or taken back. */
export async function submitDraft(db: Database, actor: Actor, slug: string) {
  const { planId, resource } = await planForEdit(db, actor, slug);
  const draft = await openVersion(db, planId);
  if (draft?.status !== "draft") throw userError("no-draft", "noDraftToSubmit");
  await db
    .update(planVersions)
    .set({ status: "submitted", submittedAt: new Date(), submittedBy: actor.kind === "user" ? actor.userId : null })
    .where(eq(planVersions.id, draft.id));
  await recordAudit(db, actor, {
    action: "plan.submit",
    resourceType: "planVersion",
    resourceId: draft.id,
    organisationId: resource.organisationId,
    outcome: "allowed",
  });
}

/** Takes a submitted version back to draft, to change it. */
export async function reopenDraft(db: Database, actor: Actor, slug: string) {
  const { planId } = await planForEdit(db, actor, slug);
  const version = await openVersion(db, planId);
  if (version?.status !== "submitted") throw userError("not-submitted", "noVersionToWithdraw");
  await db
    .update(planVersions)
    .set({ status: "draft", submittedAt: null, submittedBy: null })
    .where(eq(planVersions.id, version.id));
}

/** Throws the draft away (the version in force is untouched). */
export async function discardDraft(db: Database, actor: Actor, slug: string) {
  const { planId } = await planForEdit(db, actor, slug);
  const version = await openVersion(db, planId);
  if (version) await db.delete(planVersions).where(eq(planVersions.id, version.id));
}

/** What an approval records: which body, on which date, with which decision. */
export const approvalSchema = z.object({
  body: z.string().trim().min(2, "approvingBodyRequired"),
  on: z.iso.date({ error: "approvalDateFormat" }),
  note: z.string().trim().optional(),
});

/**
 * Approves the submitted version: it becomes the plan in force (the logbook keeps its activities
 * by key), the version before is superseded, and the approval is added to the plan's approvals.
 */
export async function approveVersion(db: Database, actor: Actor, slug: string, input: z.input<typeof approvalSchema>) {
  const { planId, resource } = await planForEdit(db, actor, slug, "plan.approve");
  const parsed = approvalSchema.safeParse(input);
  if (!parsed.success)
    throw userError(
      "invalid-approval",
      "Tjek felterne.",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const version = await openVersion(db, planId);
  if (version?.status !== "submitted") throw userError("not-submitted", "onlySubmittedApproved");
  const a = parsed.data;
  const document = {
    ...version.document,
    approvals: [
      ...version.document.approvals,
      { body: a.body, date: a.on, note: a.note || `Version ${version.number}` },
    ],
  };
  await db.transaction(async (tx) => {
    await replacePlanStructure(tx, planId, document, resource.organisationId);
    await tx
      .update(planVersions)
      .set({ status: "superseded" })
      .where(and(eq(planVersions.planId, planId), eq(planVersions.status, "approved")));
    await tx
      .update(planVersions)
      .set({
        status: "approved",
        document,
        approvedBody: a.body,
        approvedOn: a.on,
        decisionNote: a.note,
        approvedBy: actor.kind === "user" ? actor.userId : null,
        updatedAt: new Date(),
      })
      .where(eq(planVersions.id, version.id));
    await recordAudit(tx, actor, {
      action: "plan.approve",
      resourceType: "planVersion",
      resourceId: version.id,
      organisationId: resource.organisationId,
      outcome: "allowed",
      details: { body: a.body, on: a.on, number: version.number },
    });
  });
}
