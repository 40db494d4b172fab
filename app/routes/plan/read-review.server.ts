import { userError } from "~/.server/errors";
import { type DocumentReading, type ReadProgress, readPlanDocument } from "~/.server/plan-reader/read-plan-document";
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

const maxBytes = 20 * 1024 * 1024;

/** The uploaded document or the pasted text, as bytes and a name. */
export async function documentOf(form: FormData): Promise<{ bytes: Uint8Array; name: string }> {
  const file = form.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > maxBytes)
      throw userError("too-large", "documentTooLarge", { params: { mb: maxBytes / 1024 / 1024 } });
    return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
  }
  const text = String(form.get("text") ?? "").trim();
  if (!text) throw userError("missing-file", "chooseDocumentOrText");
  return { bytes: new TextEncoder().encode(text), name: "indsat tekst" };
}

/** Reads the document of a form into what the review page shows (the action and the stream alike). */
export async function readForReview(form: FormData, progress?: ReadProgress) {
  const organisationId = String(form.get("organisationId") ?? "");
  const { bytes, name } = await documentOf(form);
  const reading = await readPlanDocument(bytes, name, progress);
  return { review: reviewOf(reading), draft: JSON.stringify(reading.plan), organisationId };
}
