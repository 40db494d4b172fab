import { z } from "zod";
import { listFigureKeys } from "~/area-lists/list-rules";
import { errorText } from "~/i18n/error-text";
import { isoDateSchema, keySchema, periodSchema, textSchema } from "./primitives";

/**
 * Which figure of the § 61 a/§ 61 b check a statistic or series is (`listFigure`), and for which
 * list area (`listArea`, default the plan area's name): the list counts e.g. Akacieparken alone.
 */
const listFigureFields = {
  listFigure: z.enum(listFigureKeys).optional(),
  listArea: textSchema.optional(),
};

/** A housing department (afdeling) with its number, tenancies (lejemål) and residents. */
export const departmentSchema = z
  .object({
    number: textSchema,
    name: textSchema,
    tenancies: z.number().int().nonnegative().optional(),
    residents: z.number().int().nonnegative().optional(),
    note: textSchema.optional(),
  })
  .strict();

/** An area figure from the plan's problemkompleks, always beside a comparison area where known. */
export const areaStatisticSchema = z
  .object({
    key: keySchema,
    label: textSchema,
    value: z.number(),
    unit: z.enum(["percent", "count", "per10000", "dkk"]),
    period: periodSchema.optional(),
    date: isoDateSchema.optional(),
    comparison: z.object({ area: textSchema, value: z.number() }).strict().optional(),
    source: textSchema.optional(),
    ...listFigureFields,
  })
  .strict();

/**
 * A named series of figures about the area (fraflytningsprocent, tryghed, udsættelser …), entered
 * once per period with its source and read by any number of criteria (`measure.series`).
 */
export const seriesSchema = z
  .object({
    key: keySchema,
    label: textSchema,
    unit: z.enum(["percent", "count", "per10000", "dkk", "score"]),
    kind: z.enum(["statistic", "survey"]).default("statistic"),
    area: keySchema.optional(),
    comparisonArea: textSchema.optional(),
    /** A second comparison: the region or the whole country (Beboerdata's "Hele landet"). */
    referenceArea: textSchema.optional(),
    source: textSchema.optional(),
    note: textSchema.optional(),
    ...listFigureFields,
  })
  .strict();

/** A housing area (boligområde) with its departments and statistics. */
export const areaSchema = z
  .object({
    key: keySchema,
    name: textSchema,
    description: textSchema.optional(),
    departments: z.array(departmentSchema).default([]),
    statistics: z.array(areaStatisticSchema).default([]),
  })
  .strict();

/**
 * A milestone (milepæl). `due` is a date (2017-11-30) or a quarter (2013Q1); status follows
 * the plan: planned, done (with `doneDate`), postponed (with a new `due` and a reason) or dropped.
 */
export const milestoneSchema = z
  .object({
    key: keySchema,
    title: textSchema,
    due: z.string().regex(/^(\d{4}-\d{2}-\d{2}|\d{4}Q[1-4]|\d{4})$/, errorText("milestoneDueFormat")),
    activity: keySchema.optional(),
    responsible: textSchema.optional(),
    status: z.enum(["planned", "done", "postponed", "dropped"]).default("planned"),
    doneDate: isoDateSchema.optional(),
    note: textSchema.optional(),
  })
  .strict();

/** The theory of change: nodes (focus areas, activities, results, effects) and the links between them. */
export const theoryOfChangeSchema = z
  .object({
    description: textSchema.optional(),
    nodes: z
      .array(
        z
          .object({
            key: keySchema,
            level: z.enum(["focusArea", "activity", "result", "effect"]),
            label: textSchema,
            ref: keySchema.optional(),
          })
          .strict(),
      )
      .default([]),
    links: z.array(z.object({ from: keySchema, to: keySchema }).strict()).default([]),
  })
  .strict();

const vocabulary = z.array(z.object({ key: keySchema, name: textSchema }).strict()).default([]);

/** The words the plan's logbook uses: event types, target-group tags, receiving bodies … */
export const logbookVocabularySchema = z
  .object({
    eventTypes: vocabulary,
    targetGroupTags: vocabulary,
    contactTopics: vocabulary,
    receivingBodies: vocabulary,
    assessmentTypes: vocabulary,
    volunteerRoles: vocabulary,
  })
  .strict();

export type Milestone = z.infer<typeof milestoneSchema>;
export type TheoryOfChange = z.infer<typeof theoryOfChangeSchema>;
export type LogbookVocabulary = z.infer<typeof logbookVocabularySchema>;

export type Series = z.infer<typeof seriesSchema>;
