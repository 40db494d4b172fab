import { parseDocument } from "yaml";
import { z } from "zod";
import { errorText } from "~/i18n/error-text";
import { checkPlan, type PlanProblem } from "./check-plan";
import { type PlanFile, planFileSchema } from "./plan";
import { formatPath } from "./plan-index";

z.config(z.locales.da());

/** The result of reading a plan file: the plan, or every problem found in it. */
export type PlanParseResult = { ok: true; plan: PlanFile } | { ok: false; problems: PlanProblem[] };

/** How big a plan file may be, and how many YAML aliases it may use (an alias bomb stops here). */
export const planFileLimits = { maxCharacters: 2_000_000, maxAliasCount: 100 };

/** Reads YAML or JSON text into raw data; syntax errors are reported with their line. */
export function parsePlanText(text: string): { ok: true; data: unknown } | { ok: false; problems: PlanProblem[] } {
  if (text.length > planFileLimits.maxCharacters)
    return {
      ok: false,
      problems: [
        {
          path: "(filen)",
          message: errorText("planFileTooLarge"),
        },
      ],
    };
  // JSON is a subset of YAML 1.2, so one parser serves both formats.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        path: e.linePos ? `linje ${e.linePos[0].line}` : "(filen)",
        message: errorText("planFileSyntax", { error: e.message.split("\n")[0] }),
      })),
    };
  }
  try {
    return { ok: true, data: doc.toJS({ maxAliasCount: planFileLimits.maxAliasCount }) };
  } catch {
    return {
      ok: false,
      problems: [
        {
          path: "(filen)",
          message: errorText("planFileTooManyAliases"),
        },
      ],
    };
  }
}

/** Validates raw data against the plan schema and the plan's own rules; lists every problem. */
export function validatePlanData(data: unknown): PlanParseResult {
  const parsed = planFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path as (string | number)[]) || "(roden)",
        message: issue.message,
      })),
    };
  }
  const problems = checkPlan(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, plan: parsed.data };
}

/** Reads and validates a plan file's text (YAML or JSON). */
export function parsePlanFile(text: string): PlanParseResult {
  const raw = parsePlanText(text);
  return raw.ok ? validatePlanData(raw.data) : raw;
}
