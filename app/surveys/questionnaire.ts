import { z } from "zod";
import { errorText } from "~/i18n/error-text";

/** A question: one choice, a Likert scale (ordered choices), a number or free text. `group` splits results. */
export const questionSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]+$/),
    text: z.string().min(1),
    type: z.enum(["single", "likert", "number", "text"]),
    options: z.array(z.object({ key: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) })).default([]),
    group: z.boolean().default(false),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .strict();
export type Question = z.infer<typeof questionSchema>;

/** Which share of which question a criterion reads (e.g. "utryg" or "meget utryg" on the tryghed question). */
export const criterionShareSchema = z.object({ question: z.string(), options: z.array(z.string()).min(1) }).strict();
export type CriterionShare = z.infer<typeof criterionShareSchema>;

/** Answers as stored: a choice key, a number or a text, by question key; unanswered questions are absent. */
export type Answers = Record<string, string | number>;

/** The most a free-text answer may hold. */
export const maxTextAnswer = 2000;

/**
 * Reads a posted answer sheet against the questionnaire (pure): only the questionnaire's own
 * questions and options, numbers within their range, text trimmed and capped. Unknown fields are
 * ignored, so a form cannot write anything else. Returns the answers and the problems by question.
 */
export function readAnswers(questions: Question[], posted: Record<string, unknown>) {
  const answers: Answers = {};
  // Messages by key (app/i18n/errors.*.json), as Danish text: the user error finds the key again (`keyOf`).
  const problems: { path: string; message: string }[] = [];
  for (const q of questions) {
    const raw = posted[`q.${q.key}`];
    const text = typeof raw === "string" ? raw.trim() : "";
    if (text === "") continue;
    if (q.type === "single" || q.type === "likert") {
      if (q.options.some((o) => o.key === text)) answers[q.key] = text;
      else problems.push({ path: q.key, message: errorText("chooseAnAnswer") });
    } else if (q.type === "number") {
      const n = Number(text.replace(",", "."));
      const ok = Number.isFinite(n) && (q.min === undefined || n >= q.min) && (q.max === undefined || n <= q.max);
      if (ok) answers[q.key] = n;
      else
        problems.push(
          q.max !== undefined
            ? { path: q.key, message: errorText("answerNumberBetween", { min: q.min ?? 0, max: q.max }) }
            : { path: q.key, message: errorText("answerNumber") },
        );
    } else if (text.length > maxTextAnswer)
      problems.push({ path: q.key, message: errorText("answerTextMax", { max: maxTextAnswer }) });
    else answers[q.key] = text;
  }
  if (Object.keys(answers).length === 0 && problems.length === 0)
    problems.push({ path: "form", message: errorText("answerAtLeastOne") });
  return { answers, problems };
}

/** The tryghed questionnaire: a Likert question on feeling safe, how long people have lived there (for groups), household size and free text. */
export function tryghedQuestionnaire(areaName: string): Question[] {
  return [
    {
      key: "tryg",
      text: `Hvor tryg eller utryg er du ved at bo i ${areaName}?`,
      type: "likert",
      options: [
        { key: "meget-tryg", label: "Meget tryg" },
        { key: "tryg", label: "Tryg" },
        { key: "hverken", label: "Hverken tryg eller utryg" },
        { key: "utryg", label: "Utryg" },
        { key: "meget-utryg", label: "Meget utryg" },
      ],
      group: false,
    },
    {
      key: "boet",
      text: "Hvor længe har du boet i boligområdet?",
      type: "single",
      options: [
        { key: "under-2", label: "Under 2 år" },
        { key: "2-10", label: "2–10 år" },
        { key: "over-10", label: "Over 10 år" },
      ],
      group: true,
    },
    {
      key: "husstand",
      text: "Hvor mange personer bor i din husstand?",
      type: "number",
      options: [],
      group: false,
      min: 1,
      max: 20,
    },
    {
      key: "steder",
      text: "Er der steder i området, hvor du føler dig utryg? Skriv gerne hvor.",
      type: "text",
      options: [],
      group: false,
    },
  ];
}
