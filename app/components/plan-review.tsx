import { useTranslation } from "~/i18n/use-translation";
import { FormMessage, PostForm, SubmitButton, TextField } from "./form";

interface ReviewItem {
  path: string;
  kind: string;
  value: string;
  source: string;
  at: string;
  confidence: "high" | "low";
}
interface ReviewCriterion {
  key: string;
  text: string;
  at: string;
  rule: string;
  targets: { period: string; value: number | null }[];
  confidence: "high" | "low";
  notes: string[];
  added: string[];
}
export interface PlanReviewData {
  title: string;
  slug: string;
  period: string;
  kind: string;
  items: ReviewItem[];
  criteria: ReviewCriterion[];
  unread: { text: string; at: string; why: string }[];
  problems: { path: string; message: string }[];
}

function Confidence({ level }: { level: "high" | "low" }) {
  const { t } = useTranslation();
  return (
    <span className={`tag ${level === "high" ? "tag-success" : "tag-warning"}`}>
      {t(`planRead.confidence.${level}`)}
    </span>
  );
}

function CriterionReview({ c, i, error }: { c: ReviewCriterion; i: number; error?: string }) {
  const { t } = useTranslation();
  const first = c.targets[0];
  return (
    <fieldset className="review-criterion" data-criterion={c.key}>
      <legend className="h4">
        {t("planRead.criterion", { n: i + 1 })} <Confidence level={c.confidence} />
      </legend>
      <p>
        <q>{c.text}</q> <span className="form-hint">({c.at})</span>
      </p>
      <p>
        <strong>{t("planRead.rule")}:</strong> {c.rule}
        {c.targets.length > 0
          ? ` · ${t("planRead.targets")}: ${c.targets.map((x) => `${x.period} ${x.value ?? t("planRead.better")}`).join(", ")}`
          : ""}
      </p>
      {c.notes.length > 0 || c.added.length > 0 ? (
        <ul className="form-hint">
          {[...c.notes, ...c.added.map((a) => t("planRead.added", { what: a }))].map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <div className="form-group-checkbox">
        <input
          className="form-checkbox"
          type="checkbox"
          id={`keepCriterion-${c.key}`}
          name={`keepCriterion:${c.key}`}
          defaultChecked
        />
        <label htmlFor={`keepCriterion-${c.key}`}>{t("planRead.keepCriterion")}</label>
      </div>
      <TextField name={`text:${c.key}`} label={t("planRead.correctText")} defaultValue={c.text} />
      <TextField
        name={`value:${c.key}`}
        label={first ? t("planRead.correctValue", { period: first.period }) : t("planRead.correctValuePlan")}
        defaultValue={first?.value != null ? String(first.value) : ""}
        inputMode="decimal"
        width="s"
        error={error}
      />
    </fieldset>
  );
}

/** The review of a read plan document: every proposed item beside its source, to keep, correct or drop. */
export function PlanReview({
  review,
  draft,
  organisationId,
  fields,
}: {
  review: PlanReviewData;
  draft: string;
  organisationId: string;
  fields: Record<string, string>;
}) {
  const { t } = useTranslation();
  return (
    <PostForm encType="multipart/form-data">
      <input type="hidden" name="intent" value="accept" />
      <input type="hidden" name="review" value={JSON.stringify(review)} />
      <input type="hidden" name="draft" value={draft} />
      <input type="hidden" name="organisationId" value={organisationId} />
      <p className="font-lead">{t("planRead.reviewIntro", { title: review.title, period: review.period })}</p>
      <TextField
        name="slug"
        label={t("newPlan.slug")}
        hint={t("newPlan.slugHint")}
        defaultValue={review.slug}
        error={fields.slug}
        width="m"
      />
      {review.problems.length > 0 ? (
        <FormMessage message={review.problems.map((p) => `${p.path}: ${p.message}`).join(" · ")} />
      ) : null}
      <h2>{t("planRead.criteria", { n: review.criteria.length })}</h2>
      {review.criteria.map((c, i) => (
        <CriterionReview key={c.key} c={c} i={i} error={fields[`value:${c.key}`]} />
      ))}
      <h2>{t("planRead.items", { n: review.items.length })}</h2>
      <ul className="nobullet-list">
        {review.items.map((item) => (
          <li key={item.path} className="form-group-checkbox">
            <input
              className="form-checkbox"
              type="checkbox"
              id={`keep-${item.path}`}
              name={`keep:${item.path}`}
              defaultChecked
            />
            <label htmlFor={`keep-${item.path}`}>
              {t(`planRead.kinds.${item.kind}`)}: {item.value} <Confidence level={item.confidence} />
              <span className="form-hint">
                {item.at ? `${item.at}: ` : ""}
                {item.source.slice(0, 160)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <h2>{t("planRead.unread", { n: review.unread.length })}</h2>
      {review.unread.length === 0 ? <p>{t("planRead.nothingUnread")}</p> : null}
      <ul>
        {review.unread.map((u) => (
          <li key={`${u.at}-${u.text}`}>
            {u.at ? `${u.at}: ` : ""}
            {u.text.slice(0, 160)} – {u.why}
          </li>
        ))}
      </ul>
      <SubmitButton>{t("planRead.accept")}</SubmitButton>
    </PostForm>
  );
}
