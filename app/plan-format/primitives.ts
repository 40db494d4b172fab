import { z } from "zod";
import { errorText } from "~/i18n/error-text";

/** A stable identifier inside a plan file, e.g. `lektiecafe` or `fa1-a2`. */
export const keySchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, errorText("planKeyFormat"));

/** A calendar date written as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ error: errorText("planDateFormat") });

/**
 * A period a target or a figure belongs to: `2016` (calendar year), `2016H1` (half year),
 * `2016Q2` (quarter), `PY1` (first plan year, counted from the plan's start) or `plan`
 * (the whole plan period).
 */
export const periodSchema = z
  .string()
  .regex(/^(plan|\d{4}|\d{4}H[12]|\d{4}Q[1-4]|PY[1-9]\d?)$/, errorText("planPeriodFormat"));

/** Non-empty free text (Danish content). */
export const textSchema = z.string().trim().min(1, errorText("fieldNotEmpty"));

/** A list of short texts, e.g. purposes or deliverables. */
export const textListSchema = z.array(textSchema);

/** An amount in Danish kroner; `null` means the amount is not known yet (the "?" in a budget). */
export const amountSchema = z.number().int(errorText("amountWholeKroner")).nonnegative().nullable();
