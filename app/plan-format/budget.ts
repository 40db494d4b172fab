import { z } from "zod";
import { errorText } from "~/i18n/error-text";
import { amountSchema, keySchema, textSchema } from "./primitives";

/** One cell of a budget table: the amount for a year (`null` when unknown) and an optional footnote. */
export const budgetAmountSchema = z
  .object({ year: z.number().int().min(1990).max(2100), amount: amountSchema, footnote: keySchema.optional() })
  .strict();

/** A budget line: an activity's amount per year from one funding source. */
export const budgetLineSchema = z
  .object({
    label: textSchema,
    activity: keySchema.optional(),
    source: keySchema.optional(),
    amounts: z.array(budgetAmountSchema).min(1, errorText("budgetLineNeedsYear")),
    footnote: keySchema.optional(),
    note: textSchema.optional(),
  })
  .strict();

/** The plan's finances: funding sources, lines, footnotes and the totals the document states. */
export const budgetSchema = z
  .object({
    sources: z
      .array(z.object({ key: keySchema, name: textSchema, local: z.boolean().optional() }).strict())
      .default([]),
    lines: z.array(budgetLineSchema).default([]),
    footnotes: z.array(z.object({ key: keySchema, text: textSchema }).strict()).default([]),
    statedTotals: z
      .array(
        z
          .object({ year: z.number().int(), amount: z.number().int().nonnegative(), note: textSchema.optional() })
          .strict(),
      )
      .default([]),
    note: textSchema.optional(),
  })
  .strict();

export type Budget = z.infer<typeof budgetSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;
