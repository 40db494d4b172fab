import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Criterion } from "~/plan-format/criterion";
import type { Database } from "../../db/client";
import { criterionValues, seriesValues } from "../../db/schema";

/** Where a criterion's entered figures live: the plan's named series it reads, or its own figures. */
export type FigureStore = { kind: "series"; key: string } | { kind: "criterion"; key: string };

/** The store of a criterion: its measure's series, if it names one, else the criterion itself. */
export function figureStoreOf(criterion: Pick<Criterion, "key" | "measure">): FigureStore {
  const m = criterion.measure;
  if ((m.kind === "externalStatistic" || m.kind === "survey") && m.series !== undefined)
    return { kind: "series", key: m.series };
  return { kind: "criterion", key: criterion.key };
}

/** The figures entered in a store (removed ones left out), as period, value and source. */
export async function readEnteredFigures(db: Database, planId: string, store: FigureStore) {
  const t = store.kind === "series" ? seriesValues : criterionValues;
  const keyColumn = store.kind === "series" ? seriesValues.seriesKey : criterionValues.criterionKey;
  return db
    .select({ period: t.period, value: t.value, source: t.source })
    .from(t)
    .where(and(eq(t.planId, planId), eq(keyColumn, store.key), isNull(t.deletedAt)));
}

/** Writes a figure for a period into a store, replacing one already entered for the period. */
export async function writeEnteredFigure(
  db: Database,
  store: FigureStore,
  figure: {
    organisationId: string;
    planId: string;
    period: string;
    value: number;
    source: string;
    by: string | null;
    comparisonValue?: number | null;
    referenceValue?: number | null;
  },
) {
  const { by, comparisonValue, referenceValue, ...row } = figure;
  const values = { id: randomUUID(), ...row, createdBy: by };
  const set = { value: figure.value, source: figure.source, updatedAt: new Date(), deletedAt: null };
  const comparisons = {
    ...(comparisonValue !== undefined ? { comparisonValue } : {}),
    ...(referenceValue !== undefined ? { referenceValue } : {}),
  };
  if (store.kind === "series")
    await db
      .insert(seriesValues)
      .values({ ...values, ...comparisons, seriesKey: store.key })
      .onConflictDoUpdate({
        target: [seriesValues.planId, seriesValues.seriesKey, seriesValues.period],
        set: { ...set, ...comparisons },
      });
  else
    await db
      .insert(criterionValues)
      .values({ ...values, criterionKey: store.key })
      .onConflictDoUpdate({
        target: [criterionValues.planId, criterionValues.criterionKey, criterionValues.period],
        set,
      });
}

/** Every figure of a plan's series (removed ones left out), with its comparison figure and source. */
export function planSeriesValues(db: Database, planId: string) {
  return db
    .select({
      seriesKey: seriesValues.seriesKey,
      period: seriesValues.period,
      value: seriesValues.value,
      comparisonValue: seriesValues.comparisonValue,
      referenceValue: seriesValues.referenceValue,
      source: seriesValues.source,
    })
    .from(seriesValues)
    .where(and(eq(seriesValues.planId, planId), isNull(seriesValues.deletedAt)))
    .orderBy(seriesValues.id);
}
