import { z } from "zod";
import { recordAudit } from "../../audit/record-audit";
import type { Actor } from "../../auth/policy";
import type { Database } from "../../db/client";
import { type ErrorKey, userError } from "../../errors";
import { writeEnteredFigure } from "../attainment/entered-figures";
import { getPlan } from "../plans/get-plan";

const decimal = (message: ErrorKey) =>
  z
    .string()
    .trim()
    .transform((s) => s.replace(/\s/g, "").replace(",", "."))
    .refine((s) => s === "" || /^-?\d+(\.\d+)?$/.test(s), message)
    .transform((s) => (s === "" ? null : Number(s)));

const figureSchema = z.object({
  series: z.string().min(1, "chooseSeries"),
  period: z
    .string()
    .trim()
    .regex(/^\d{4}(H[12]|Q[1-4])?$/, "yearOrHalfYear"),
  value: decimal("areaFigureNumber").refine((v) => v !== null, "areaFigureExample"),
  comparisonValue: decimal("municipalityFigureNumber"),
  referenceValue: decimal("referenceFigureNumber"),
  source: z.string().trim().min(2, "figureSourceBeboerdata").max(300),
});

/**
 * A manager types one year's figure of an area series, with the kommune's and the country's figure
 * beside it and the source; a figure already there for the year is replaced (audited).
 */
export async function enterSeriesFigure(db: Database, actor: Actor, slug: string, input: Record<string, unknown>) {
  const { plan, planId, resource } = await getPlan(db, actor, slug, "plan.edit");
  const parsed = figureSchema.safeParse(input);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ path: String(i.path[0]), message: i.message }));
  if (parsed.success && !plan.series.some((s) => s.key === parsed.data.series))
    problems.push({ path: "series", message: "choosePlanSeries" });
  if (!parsed.success || problems.length > 0) throw userError("invalid-value", "checkFields", problems);
  const v = parsed.data;
  await writeEnteredFigure(
    db,
    { kind: "series", key: v.series },
    {
      organisationId: resource.organisationId,
      planId,
      period: v.period,
      value: v.value as number,
      comparisonValue: v.comparisonValue,
      referenceValue: v.referenceValue,
      source: v.source,
      by: actor.kind === "user" ? actor.userId : null,
    },
  );
  await recordAudit(db, actor, {
    action: "series.value",
    resourceType: "plan",
    resourceId: planId,
    organisationId: resource.organisationId,
    outcome: "allowed",
    details: { series: v.series, period: v.period, value: v.value },
  });
}
