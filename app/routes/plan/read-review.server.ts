import type { DocumentReading } from "~/.server/plan-reader/read-plan-document";
import type { ReviewDecisions } from "~/plan-reader/apply-review";

/** What the review page shows of a reading (and sends back, hidden, with the decisions). */
export function reviewOf(r: DocumentReading) {
  return {
    title: r.plan.title,
    slug: r.plan.slug,
    period: `${r.plan.period.start} – ${r.plan.period.end}`,
    kind: r.kind,
    items: r.items
      .filter((i) => i.kind !== "period" && i.kind !== "title")
      .map((i) => ({
        path: i.path,
        kind: i.kind,
        value: i.value,
        source: i.source.slice(0, 400),
        at: i.at,
        confidence: i.confidence,
      })),
    criteria: r.criteria.map((c) => ({
      key: c.key,
      text: c.read.text,
      at: c.read.at,
      rule: c.rule,
      targets: c.proposal.targets.map((t) => ({ period: t.period, value: t.value ?? null })),
      confidence: c.confidence,
      notes: c.proposal.notes,
      added: c.added,
    })),
    unread: r.unread.slice(0, 300),
    problems: r.problems,
  };
}
export type Review = ReturnType<typeof reviewOf>;

/** The reviewer's decisions from the form: kept items and criteria, corrected texts and targets. */
export function decisionsOf(
  form: FormData,
  review: Review,
): { decisions: ReviewDecisions; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const drop = review.items.filter((i) => !form.has(`keep:${i.path}`)).map((i) => i.path);
  const criteria: ReviewDecisions["criteria"] = {};
  for (const c of review.criteria) {
    const text = String(form.get(`text:${c.key}`) ?? "").trim();
    const raw = String(form.get(`value:${c.key}`) ?? "")
      .trim()
      .replace(",", ".");
    const value = raw === "" ? undefined : Number(raw);
    if (value !== undefined && (!Number.isFinite(value) || value < 0)) errors[`value:${c.key}`] = "targetAsNumber";
    criteria[c.key] = {
      keep: form.has(`keepCriterion:${c.key}`),
      ...(text && text !== c.text ? { text } : {}),
      ...(value !== undefined && value !== c.targets[0]?.value ? { value } : {}),
    };
  }
  return { decisions: { drop, criteria }, errors };
}
