import { z } from "zod";
import { enteredKinds } from "~/measures/compute-measure";
import { isPeriodOf } from "~/plan-format/periods";
import { indexPlan } from "~/plan-format/plan-index";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { userError } from "../../errors";
import { getPlan } from "../plans/get-plan";
import { figureStoreOf, writeEnteredFigure } from "./entered-figures";

const valueSchema = z.object({
  period: z.string().min(1, "chooseFigurePeriod"),
  value: z.coerce.number({ error: "decimalExample" }),
  source: z.string().trim().min(2, "figureSourceMunicipality"),
});

/**
 * A manager enters the figure of a criterion that is not counted from the logbook (external
 * statistics, surveys, yes/no) for a period, with its source. A criterion reading one of the plan's
 * named series writes the series' figure, so every criterion on the series has it at once. A figure
 * already entered for the period is replaced (the change is audited).
 */
export async function enterCriterionValue(
  db: Database,
  actor: Actor,
  slug: string,
  key: string,
  input: Record<string, unknown>,
) {
  const { plan, planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const criterion = indexPlan(plan).criteria.find((c) => c.criterion.key === key)?.criterion;
  if (!criterion) throw userError("not-found", "criterionNotFound");
  if (!enteredKinds.has(criterion.measure.kind)) throw userError("not-entered", "criterionFromLogbook");
  const parsed = valueSchema.safeParse({ ...input, value: String(input.value ?? "").replace(",", ".") });
  if (!parsed.success)
    throw userError(
      "invalid-value",
      "checkFields",
      parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message })),
    );
  const v = parsed.data;
  if (!isPeriodOf(plan.period, v.period))
    throw userError("invalid-value", "checkFields", [{ path: "period", message: "choosePlanPeriod" }]);
  const by = actor.kind === "user" ? actor.userId : null;
  const store = figureStoreOf(criterion);
  await writeEnteredFigure(db, store, {
    organisationId: resource.organisationId,
    planId,
    period: v.period,
    value: v.value,
    source: v.source,
    by,
  });
  await recordAudit(db, actor, {
    action: "criterion.value",
    resourceType: "plan",
    resourceId: planId,
    organisationId: resource.organisationId,
    outcome: "allowed",
    details: {
      criterion: key,
      ...(store.kind === "series" ? { series: store.key } : {}),
      period: v.period,
      value: v.value,
    },
  });
}
