import { randomUUID } from "node:crypto";
import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { budgetActuals } from "../../db/schema";
import { type DetailInput, errorText, isErrorKey, userError } from "../../errors";
import { getPlan } from "../plans/get-plan";

/** One actual: what was spent on a budget line in a year. */
export const actualSchema = z.object({
  label: z.string().trim().min(1, "chooseBudgetLine"),
  year: z.coerce.number({ error: "yearExample" }).int("yearExample").min(1990, "yearExample").max(2100, "yearExample"),
  amount: z.coerce.number({ error: "amountInKroner" }),
  note: z.string().trim().optional(),
});

export type ActualInput = z.input<typeof actualSchema>;

/**
 * Records actual spending per budget line and year, typed in or imported from the accounts. Every
 * row must name a budget line of the plan in force and a year; if any row is wrong, every problem
 * is reported (with its row) and nothing is saved. A line and year already recorded is replaced.
 */
export async function recordActuals(
  db: Database,
  actor: Actor,
  slug: string,
  rows: (ActualInput & { row?: number })[],
  source: "manual" | "import",
) {
  const { plan, planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const lines = plan.budget?.lines ?? [];
  const problems: DetailInput[] = [];
  const valid: z.infer<typeof actualSchema>[] = [];
  rows.forEach((input, i) => {
    const where = input.row !== undefined ? `Række ${input.row}: ` : "";
    const parsed = actualSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({
          path: String(issue.path[0]),
          // The schema's messages are keys: with a row number in front, the text is looked up here.
          message: where && isErrorKey(issue.message) ? `${where}${errorText(issue.message)}` : issue.message,
        });
      return;
    }
    if (!lines.some((l) => l.label === parsed.data.label))
      problems.push(
        input.row !== undefined
          ? { path: "label", key: "budgetLineUnknownInRow", params: { row: input.row, label: parsed.data.label } }
          : { path: "label", key: "budgetLineUnknown", params: { label: parsed.data.label } },
      );
    else valid.push(parsed.data);
    void i;
  });
  if (rows.length === 0) problems.push({ path: "file", message: "noAmountRows" });
  if (problems.length > 0) throw userError("invalid-actuals", "nothingSavedFixThese", { details: problems });
  await db.transaction(async (tx) => {
    for (const a of valid) {
      const line = lines.find((l) => l.label === a.label);
      await tx
        .insert(budgetActuals)
        .values({
          id: randomUUID(),
          organisationId: resource.organisationId,
          planId,
          label: a.label,
          activityKey: line?.activity ?? null,
          year: a.year,
          amount: a.amount,
          source,
          note: a.note || null,
          createdBy: actor.kind === "user" ? actor.userId : null,
        })
        .onConflictDoUpdate({
          target: [budgetActuals.planId, budgetActuals.label, budgetActuals.year],
          set: { amount: a.amount, source, note: a.note || null, createdAt: new Date() },
        });
    }
    await recordAudit(tx, actor, {
      action: "budget.actuals",
      resourceType: "plan",
      resourceId: planId,
      organisationId: resource.organisationId,
      outcome: "allowed",
      details: { rows: valid.length, source },
    });
  });
  return valid.length;
}
