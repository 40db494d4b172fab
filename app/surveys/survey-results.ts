import type { Answers, CriterionShare, Question } from "./questionnaire";

/** Groups smaller than this are not shown (many publishers use 5; Danmarks Statistik at least 3). */
export const minGroupSize = 5;

/** A share with its 95 % confidence interval (Wilson score), in percent. */
export interface Share {
  count: number;
  n: number;
  percent: number;
  low: number;
  high: number;
}

const z95 = 1.959964;
const pct = (x: number) => Math.round(x * 1000) / 10;

function wilsonRaw(count: number, n: number) {
  const p = count / n;
  const d = 1 + (z95 * z95) / n;
  const centre = (p + (z95 * z95) / (2 * n)) / d;
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + (z95 * z95) / (4 * n * n))) / d;
  return { p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The Wilson score interval: stays inside 0–100 % and works for small n and shares near 0 or 1. */
export function wilson(count: number, n: number): Share {
  if (n === 0) return { count, n, percent: 0, low: 0, high: 0 };
  const w = wilsonRaw(count, n);
  return { count, n, percent: pct(w.p), low: pct(w.low), high: pct(w.high) };
}

/** The difference of two shares (b − a) in percentage points with Newcombe's interval from the two Wilson intervals. */
export function difference(a: Share, b: Share) {
  const [wa, wb] = [wilsonRaw(a.count, a.n), wilsonRaw(b.count, b.n)];
  const diff = wb.p - wa.p;
  const low = diff - Math.sqrt((wb.p - wb.low) ** 2 + (wa.high - wa.p) ** 2);
  const high = diff + Math.sqrt((wb.high - wb.p) ** 2 + (wa.p - wa.low) ** 2);
  return { points: pct(diff), low: pct(low), high: pct(high), clear: low > 0 || high < 0 };
}

/** One question's result for one group of respondents: per option its share, or suppressed when the group is small. */
export interface QuestionResult {
  question: string;
  group: string | null;
  n: number;
  suppressed: boolean;
  options?: { key: string; label: string; share: Share }[];
  mean?: number;
  texts?: string[];
}

function resultFor(q: Question, answers: Answers[], group: string | null, texts: boolean): QuestionResult {
  const given = answers.filter((a) => a[q.key] !== undefined);
  const n = given.length;
  if (n < minGroupSize) return { question: q.key, group, n, suppressed: true };
  if (q.type === "number") {
    const values = given.map((a) => Number(a[q.key]));
    return {
      question: q.key,
      group,
      n,
      suppressed: false,
      mean: Math.round((values.reduce((s, v) => s + v, 0) / n) * 10) / 10,
    };
  }
  if (q.type === "text")
    return {
      question: q.key,
      group,
      n,
      suppressed: false,
      ...(texts ? { texts: given.map((a) => String(a[q.key])) } : {}),
    };
  return {
    question: q.key,
    group,
    n,
    suppressed: false,
    options: q.options.map((o) => ({ ...o, share: wilson(given.filter((a) => a[q.key] === o.key).length, n) })),
  };
}

/**
 * Results per question for all respondents and per group of each grouping question (pure). A group
 * with fewer than `minGroupSize` answers to a question is suppressed; free texts are shown only for
 * everyone, never per group (a text and a small group can point at a person).
 */
export function surveyResults(questions: Question[], answers: Answers[]): QuestionResult[] {
  const out: QuestionResult[] = [];
  for (const q of questions) out.push(resultFor(q, answers, null, true));
  for (const g of questions.filter((q) => q.group))
    for (const option of g.options) {
      const members = answers.filter((a) => a[g.key] === option.key);
      for (const q of questions.filter((x) => x !== g && x.type !== "text"))
        out.push(resultFor(q, members, `${g.key}:${option.key}`, false));
    }
  return out;
}

/** The share a criterion reads: answers in the counted options among everyone who answered the question. */
export function criterionShare(share: CriterionShare, answers: Answers[]): Share | null {
  const given = answers.filter((a) => a[share.question] !== undefined);
  if (given.length < minGroupSize) return null;
  return wilson(given.filter((a) => share.options.includes(String(a[share.question]))).length, given.length);
}
